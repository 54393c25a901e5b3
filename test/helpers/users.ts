import type { Payload } from 'payload'

import type { Role } from '../../access/roles'

export type SignedIn = { id: number | string; token: string; user: Record<string, unknown> }

/** Creates a user with a role (as an administrator would) and signs them in. */
export const signIn = async (payload: Payload, role: Role): Promise<SignedIn> => {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@exempelkommun.se`
  const password = 'Testlösenord-123'
  await payload.create({
    collection: 'users',
    data: { email, name: role, password, role },
  })
  const { token, user } = await payload.login({ collection: 'users', data: { email, password } })
  return { id: user!.id, token: token!, user: user as unknown as Record<string, unknown> }
}
