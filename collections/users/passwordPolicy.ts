import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { inUserLanguage } from '@klarkoll/payload-plugin'

/** NIST SP 800-63B asks for at least 8; the municipality's accounts publish to the public, so 12. */
export const minPasswordLength = 12

/**
 * Every way a password is set (first user, create, update, reset) passes here: Payload's own
 * check only asks for 3 characters, and its reset operation runs no field hooks.
 */
export const enforcePasswordLength: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args.data as { password?: unknown } | undefined)?.password
  if (typeof password === 'string' && [...password].length < minPasswordLength) {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          message: inUserLanguage(req, {
            en: `The password must be at least ${minPasswordLength} characters long.`,
            sv: `Lösenordet måste vara minst ${minPasswordLength} tecken långt.`,
          }),
          path: 'password',
        },
      ],
    })
  }
  return args
}
