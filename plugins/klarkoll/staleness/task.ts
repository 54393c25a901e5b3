import type { PayloadRequest, TaskConfig } from 'payload'

import type { KlarkollSettings } from '../types'

import { nightlySchedule } from '../jobs'
import { swedishDay } from './dates'
import { sendDigests } from './digest'
import { scanStaleness } from './scan'

export const stalenessTaskSlug = 'klarkollStaleness'

/**
 * The nightly staleness run: due dates stored, expired content handled, holiday questions asked,
 * and one digest per owner (plus the web team's) mailed when there is something new.
 */
export const stalenessTask = (settings: KlarkollSettings): TaskConfig =>
  ({
    slug: stalenessTaskSlug,
    label: 'Klarkoll: granskningar, helgdagar och påminnelser',
    handler: async ({ input, req }: { input: unknown; req: PayloadRequest }) => {
      const now = new Date()
      // A run "as of" another day: to catch up on a missed night, or to see what is coming.
      const asOf = (input as { today?: null | string } | null)?.today
      if (asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
        throw new Error(`Ogiltigt datum "${asOf}": skriv det som ÅÅÅÅ-MM-DD.`)
      }
      const scan = await scanStaleness(req.payload, settings, {
        apply: true,
        req,
        today: asOf || swedishDay(now),
      })
      const { config } = req.payload
      const webTeam = settings.staleness.digest.webTeam
      const digests = await sendDigests(
        req.payload,
        scan.items,
        {
          adminUrl: `${config.serverURL || settings.siteUrl || ''}${config.routes.admin}`,
          escalateAfterDays: settings.staleness.digest.escalateAfterDays,
          remindEveryDays: settings.staleness.digest.remindEveryDays,
          webTeam: typeof webTeam === 'function' ? await webTeam(req.payload) : webTeam,
        },
        now,
      )
      return {
        output: {
          items: scan.items.length,
          mailed: digests.sent.length,
          recordsUpdated: scan.recordsUpdated,
          unpublished: scan.unpublished,
        },
      }
    },
    inputSchema: [{ name: 'today', type: 'text' }],
    outputSchema: ['items', 'mailed', 'recordsUpdated', 'unpublished'].map((name) => ({
      name,
      type: 'number',
    })),
    retries: 1,
    ...nightlySchedule(settings),
  }) as unknown as TaskConfig
