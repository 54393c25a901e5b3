import type { CollectionBeforeOperationHook } from 'payload'

import { pbkdf2, randomBytes } from 'node:crypto'

// Payload's current hash parameters (pbkdf2-sha256-v1): the same work as checking a real account.
const iterations = 600_000
const keyLength = 32
const dummySalt = randomBytes(32).toString('hex')

const hashAgainstDummy = (password: string) =>
  new Promise<void>((resolve) =>
    pbkdf2(password, dummySalt, iterations, keyLength, 'sha256', () => resolve()),
  )

/**
 * Payload answers a login for an unknown e-mail at once (7 ms) and hashes the password of a known
 * one (110 ms), which tells anyone which addresses have accounts. For an unknown address the same
 * hash is computed against a dummy before Payload refuses, so both answers take as long.
 */
export const evenLoginTiming: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') {
    return args
  }
  const user = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (!user) await hashAgainstDummy(password)
  return args
}
