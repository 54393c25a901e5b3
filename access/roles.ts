export const roles = ['administrator', 'kommunikator', 'webbredaktor'] as const

export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { en: string; sv: string }> = {
  administrator: { en: 'Administrator', sv: 'Administratör' },
  kommunikator: { en: 'Communicator', sv: 'Kommunikatör' },
  webbredaktor: { en: 'Web editor', sv: 'Webbredaktör' },
}

/** What each role may do. One table, so the access rules and their tests read the same facts. */
export const capabilities = {
  /** Create and edit drafts, upload media. */
  edit: ['administrator', 'kommunikator', 'webbredaktor'],
  /** Make content public (set `_status` to published), unpublish and delete it. */
  publish: ['administrator', 'kommunikator', 'webbredaktor'],
  /** Create, change and remove user accounts and roles. */
  manageUsers: ['administrator'],
  /** Run, queue and cancel background jobs over HTTP (page checks open pages on the server). */
  runJobs: ['administrator'],
} as const satisfies Record<string, readonly Role[]>

export type Capability = keyof typeof capabilities

type MaybeUser = { collection?: string; role?: null | string } | null | undefined

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (roles as readonly string[]).includes(value)

export const userCan = (user: MaybeUser, capability: Capability): boolean =>
  Boolean(
    user &&
    (user.collection === undefined || user.collection === 'users') &&
    isRole(user.role) &&
    (capabilities[capability] as readonly Role[]).includes(user.role),
  )
