import type { LinkOutcome } from './types'

/** Where a redirect to a login page or an identity provider (BankID, Freja, Microsoft) goes. */
const loginPath =
  /(^|[/._-])(login|logga-?in|inloggning|signin|sign-in|auth|authorize|sso|saml2?|oauth2?|openid|idp|eid|bankid|legitimera)([/._?=-]|$)/i
const loginHost =
  /(^|\.)(bankid\.com|login\.microsoftonline\.com|frejaeid\.com|eidas\.se|login\.gov\.se)$/i

export const isLoginRedirect = (location: URL): boolean =>
  loginHost.test(location.hostname) || loginPath.test(location.pathname + location.search)

/** What an HTTP status means for a link: login walls are alive, overload and outages are unsure. */
export const classifyStatus = (status: number): { outcome: LinkOutcome; reason: string } => {
  if (status >= 200 && status < 400) return { outcome: 'ok', reason: `Svarar (${status}).` }
  if (status === 401 || status === 403) {
    return { outcome: 'ok', reason: `Kräver inloggning (${status}) – räknas som fungerande.` }
  }
  if (status === 404 || status === 410) {
    return { outcome: 'broken', reason: `Sidan finns inte (${status}).` }
  }
  if (status === 429) {
    return { outcome: 'unsure', reason: 'Servern ber oss vänta (429). Prövas igen senare.' }
  }
  if (status >= 500) {
    return { outcome: 'unsure', reason: `Serverfel (${status}). Prövas igen senare.` }
  }
  return { outcome: 'broken', reason: `Servern svarar med fel (${status}).` }
}

/** What a network error means, in Swedish. */
export const classifyError = (
  error: unknown,
  timeoutMs: number,
): { outcome: LinkOutcome; reason: string } => {
  const e = error as { cause?: { code?: string }; code?: string; name?: string }
  const code = e?.code ?? e?.cause?.code ?? ''
  if (code === 'EKLARKOLLREFUSED') {
    return {
      outcome: 'refused',
      reason: 'Adressen pekar på ett internt nät och kontrolleras inte.',
    }
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return { outcome: 'broken', reason: 'Domänen finns inte (hittas inte i DNS).' }
  }
  if (
    e?.name === 'TimeoutError' ||
    e?.name === 'AbortError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return {
      outcome: 'unsure',
      reason: `Svarade inte inom ${Math.round(timeoutMs / 1000)} sekunder. Prövas igen senare.`,
    }
  }
  if (code === 'ECONNREFUSED') {
    return { outcome: 'unsure', reason: 'Servern tar inte emot anslutningar. Prövas igen senare.' }
  }
  return {
    outcome: 'unsure',
    reason: `Kunde inte nå servern${code ? ` (${code})` : ''}. Prövas igen senare.`,
  }
}
