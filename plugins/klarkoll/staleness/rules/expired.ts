import { defineStalenessRule } from '../rule'

export const expired = defineStalenessRule({
  area: 'staleness',
  check: ({ review }) => {
    if (!review?.expired) return []
    return [
      {
        message: `Innehållet gick ut ${review.expiresAt}. Uppdatera det och ändra eller ta bort slutdatumet innan du publicerar.`,
        path: 'review.expiresAt',
      },
    ]
  },
  defaultOptions: {},
  defaultSeverity: 'error',
  id: 'stale/expired',
  meta: {
    help: 'Innehåll med ett passerat slutdatum publiceras inte.',
    title: 'Innehållet har gått ut',
    titleEn: 'Content expired',
  },
})
