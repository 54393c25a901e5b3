import type { CollectionConfig } from 'payload'

import { userManagers, userManagersField, userManagersOrSelf } from '../access'
import { roleLabels, roles } from '../access/roles'
import { enforcePasswordLength } from './users/passwordPolicy'
import { evenLoginTiming } from './users/evenLoginTiming'

/**
 * Editors' accounts. `secureCookies` (production) sends the session cookie over HTTPS only; it is
 * HttpOnly always and SameSite=Lax, so other sites' forms and scripts cannot use it.
 */
export const createUsersCollection = ({
  secureCookies,
}: {
  secureCookies: boolean
}): CollectionConfig => ({
  slug: 'users',
  labels: {
    singular: { en: 'User', sv: 'Användare' },
    plural: { en: 'Users', sv: 'Användare' },
  },
  admin: {
    defaultColumns: ['name', 'email', 'role'],
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'email',
  },
  auth: {
    // Payload's lockout: five wrong passwords lock the account for ten minutes.
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 5,
    cookies: {
      sameSite: 'Lax',
      secure: secureCookies,
    },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: userManagers,
    delete: userManagers,
    read: userManagersOrSelf,
    update: userManagersOrSelf,
  },
  hooks: {
    beforeOperation: [evenLoginTiming, enforcePasswordLength],
    beforeValidate: [
      // The very first account (created on /admin/create-first-user) runs the site.
      async ({ data, operation, req }) => {
        if (operation !== 'create' || !data) {
          return data
        }
        const { totalDocs } = await req.payload.count({ collection: 'users', req })
        return totalDocs === 0 ? { ...data, role: 'administrator' } : data
      },
    ],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', sv: 'Namn' },
      required: true,
    },
    {
      name: 'role',
      type: 'select',
      label: { en: 'Role', sv: 'Roll' },
      access: {
        create: userManagersField,
        update: userManagersField,
      },
      defaultValue: 'webbredaktor',
      options: roles.map((value) => ({ label: roleLabels[value], value })),
      required: true,
      saveToJWT: true,
    },
  ],
  timestamps: true,
})
