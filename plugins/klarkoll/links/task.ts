import type { PayloadRequest, TaskConfig } from 'payload'

import type { KlarkollSettings } from '../types'

import { nightlySchedule } from '../jobs'
import { runLinkChecks } from './run'

export const linkCheckTaskSlug = 'klarkollLinkCheck'

/** The link check as a job: nightly for everything, and queued for a document after it is saved. */
export const linkCheckTask = (settings: KlarkollSettings): TaskConfig =>
  ({
    slug: linkCheckTaskSlug,
    label: 'Klarkoll: länkkontroll',
    handler: async ({ input, req }: { input: unknown; req: PayloadRequest }) => {
      const { collection, id } = (input ?? {}) as { collection?: null | string; id?: null | string }
      const summary = await runLinkChecks(req.payload, settings, {
        ...(collection ? { collection } : {}),
        ...(id ? { id } : {}),
      })
      return { output: summary }
    },
    inputSchema: [
      { name: 'collection', type: 'text' },
      { name: 'id', type: 'text' },
    ],
    outputSchema: ['broken', 'checked', 'ok', 'refused', 'removed', 'unsure'].map((name) => ({
      name,
      type: 'number',
    })),
    retries: 1,
    ...nightlySchedule(settings),
  }) as unknown as TaskConfig
