import type { CollectionConfig } from 'payload'

import type { KlarkollSettings } from './types'

export const auditSlug = 'klarkoll-overrides'

/**
 * Every publish despite errors: who, when, which document, which rules and why. Written only by
 * the gate; nobody edits or deletes it through the API.
 */
export const auditCollection = (
  settings: KlarkollSettings,
  usersSlug: string,
): CollectionConfig => ({
  slug: auditSlug,
  labels: {
    plural: { en: 'Overrides', sv: 'Publicerat trots fel' },
    singular: { en: 'Override', sv: 'Publicering trots fel' },
  },
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => settings.canReadAudit(req.user),
    update: () => false,
  },
  admin: {
    defaultColumns: ['documentTitle', 'collectionSlug', 'user', 'reason', 'createdAt'],
    group: { en: 'Klarkoll', sv: 'Klarkoll' },
    useAsTitle: 'documentTitle',
  },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      label: { en: 'Who', sv: 'Vem' },
      relationTo: usersSlug as never,
    },
    { name: 'userEmail', type: 'text', label: { en: 'E-mail', sv: 'E-post' } },
    {
      name: 'collectionSlug',
      type: 'text',
      index: true,
      label: { en: 'Collection', sv: 'Samling' },
    },
    { name: 'documentId', type: 'text', index: true, label: { en: 'Document', sv: 'Dokument' } },
    { name: 'documentTitle', type: 'text', label: { en: 'Title', sv: 'Rubrik' } },
    { name: 'ruleIds', type: 'json', label: { en: 'Rules', sv: 'Regler' } },
    { name: 'findings', type: 'json', label: { en: 'Findings', sv: 'Fynd' } },
    { name: 'reason', type: 'textarea', label: { en: 'Reason', sv: 'Skäl' }, required: true },
  ],
  timestamps: true,
})
