import type { createApiClient } from './api'

import { doc, paragraph } from '../../seed/lexical'

/** Texts and steps the language-version tests share. */
export const swedishText = doc(
  paragraph(
    'Kommunen ansvarar för förskola, skola och äldreomsorg. Vi sköter också vatten och avlopp och sophämtning.',
  ),
)
export const finnishText = doc(
  paragraph(
    'Kunta vastaa varhaiskasvatuksesta, koulusta ja vanhustenhuollosta. Hoidamme myös vesihuollon ja jätehuollon. Voit asioida kanssamme suomeksi, ja autamme sinua mielellämme kaikissa kysymyksissä.',
  ),
)

export type Api = ReturnType<typeof createApiClient>

/** The field errors of a refused request as one string to search. */
export const messagesOf = (body: unknown): string =>
  JSON.stringify((body as { errors?: unknown })?.errors ?? body)

/** A page published through the REST API, as the admin's "Publicera" sends it. */
export const publishPage = (api: Api, token: string, data: Record<string, unknown>) =>
  api.post('/pages', { body: { _status: 'published', ...data }, token })
