import { defineStalenessRule } from '../rule'

export const ownerMissing = defineStalenessRule({
  area: 'staleness',
  check: ({ doc, review }) => {
    if (!review) return []
    const owner = doc.contentOwner
    if (owner !== null && owner !== undefined && owner !== '') return []
    return [
      {
        message:
          'Innehållet saknar innehållsansvarig. Välj vem som ansvarar för att det hålls aktuellt.',
        path: 'contentOwner',
      },
    ]
  },
  defaultOptions: {},
  // Whoever saves a document first becomes its owner, so this is for content saved without a
  // user (imports, API keys); a policy that requires an owner sets it to 'error'.
  defaultSeverity: 'warning',
  id: 'stale/owner-missing',
  meta: {
    help: 'Varje sida ska ha en innehållsansvarig (DIGG webbriktlinjer R21).',
    title: 'Innehållsansvarig saknas',
    titleEn: 'No content owner',
  },
})
