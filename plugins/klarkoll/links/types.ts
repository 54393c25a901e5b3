/** ok: alive (login pages count); broken: gone; unsure: try again later; refused: not fetched. */
export type LinkOutcome = 'broken' | 'ok' | 'refused' | 'unsure'

export type LinkResult = {
  attempts: number
  checkedAt: string
  elapsedMs: number
  /** Where the redirects ended, when they did not end at the URL itself. */
  finalUrl?: string
  httpStatus?: number
  outcome: LinkOutcome
  /** Why, in Swedish, for the editor. */
  reason: string
  url: string
}

export type LinkCheckOptions = {
  /** Hosts that may resolve to internal addresses (an intranet, or a test server on loopback). */
  allowHosts?: string[]
  /** Certificates (PEM) to trust besides the public ones, e.g. the municipality's internal CA. */
  ca?: string[]
  /** Requests at the same time, over all hosts. @default 4 */
  concurrency?: number
  /** Redirects followed before giving up. @default 5 */
  maxRedirects?: number
  /** Time between two requests to the same host. @default 1000 */
  perHostIntervalMs?: number
  /** Attempts after the first before a link is called broken or unsure. @default 2 */
  retries?: number
  /** Wait before each retry. @default 2000 */
  retryDelayMs?: number
  /** Per request. @default 10000 */
  timeoutMs?: number
  /** Sent with every request so site owners can tell who is checking. */
  userAgent?: string
}

export type ResolvedLinkCheckOptions = Required<Omit<LinkCheckOptions, 'allowHosts' | 'ca'>> & {
  allowHosts: ReadonlySet<string>
  ca: string[]
}

export const resolveLinkOptions = (options: LinkCheckOptions = {}): ResolvedLinkCheckOptions => ({
  allowHosts: new Set((options.allowHosts ?? []).map((h) => h.toLowerCase())),
  ca: options.ca ?? [],
  concurrency: options.concurrency ?? 4,
  maxRedirects: options.maxRedirects ?? 5,
  perHostIntervalMs: options.perHostIntervalMs ?? 1000,
  retries: options.retries ?? 2,
  retryDelayMs: options.retryDelayMs ?? 2000,
  timeoutMs: options.timeoutMs ?? 10_000,
  userAgent: options.userAgent ?? 'Klarkoll-lankkontroll/1.0 (kommunens webbredaktion)',
})
