import type { CollectionConfig } from 'payload'

import type { KlarkollSettings, KlarkollUser } from '../types'

export const auditRunsSlug = 'klarkoll-audit-runs'

export type AuditRunState = 'done' | 'failed' | 'queued' | 'running'

export type AuditRun = {
  createdAt: string
  done: number
  error?: null | string
  finishedAt?: null | string
  id: number | string
  requestedBy?: null | string
  startedAt?: null | string
  state: AuditRunState
  total: number
}

/**
 * One row per "Granska hela webbplatsen": queued by the dashboard, worked by the job runner on
 * whichever instance takes it, its progress written as it goes so every instance can show it.
 */
export const auditRunsCollection = (settings: KlarkollSettings): CollectionConfig => ({
  slug: auditRunsSlug,
  access: {
    // Written by klarkoll's endpoint and job only (with the local API).
    create: () => false,
    delete: () => false,
    read: ({ req }) =>
      Boolean(req.user) && settings.canRunSiteAudit(req.user as unknown as KlarkollUser),
    update: () => false,
  },
  admin: { group: { en: 'Klarkoll', sv: 'Klarkoll' }, hidden: true },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      options: [
        { label: { en: 'Queued', sv: 'I kö' }, value: 'queued' },
        { label: { en: 'Running', sv: 'Pågår' }, value: 'running' },
        { label: { en: 'Done', sv: 'Klar' }, value: 'done' },
        { label: { en: 'Failed', sv: 'Misslyckades' }, value: 'failed' },
      ],
      required: true,
    },
    { name: 'done', type: 'number', defaultValue: 0 },
    { name: 'total', type: 'number', defaultValue: 0 },
    { name: 'startedAt', type: 'date' },
    { name: 'finishedAt', type: 'date' },
    { name: 'requestedBy', type: 'text' },
    { name: 'error', type: 'text' },
  ],
  labels: {
    plural: { en: 'Site audits', sv: 'Granskningar av webbplatsen' },
    singular: { en: 'Site audit', sv: 'Granskning av webbplatsen' },
  },
})
