import type { PayloadRequest, TaskConfig } from 'payload'

import { runPageChecks } from './run'

export const pageCheckTaskSlug = 'klarkollPageCheck'

/** The rendered-page check as a job: queued after each publish, run by the host's job runner. */
export const pageCheckTask = {
  slug: pageCheckTaskSlug,
  label: 'Klarkoll: tillgänglighet på den publicerade sidan',
  handler: async ({ input, req }: { input: unknown; req: PayloadRequest }) => {
    const { collection, id } = (input ?? {}) as { collection?: null | string; id?: null | string }
    const summary = await runPageChecks(req.payload, {
      collection: collection || undefined,
      id: id || undefined,
    })
    return {
      output: {
        checked: summary.pages.length,
        findings: summary.pages.reduce((sum, page) => sum + page.findings, 0),
      },
    }
  },
  inputSchema: [
    { name: 'collection', type: 'text' },
    { name: 'id', type: 'text' },
  ],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'findings', type: 'number' },
  ],
  retries: 1,
} as unknown as TaskConfig
