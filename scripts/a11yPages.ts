/**
 * `npm run a11y:pages`: opens every published page of the public site in Chromium and runs
 * axe-core on the rendered page (contrast and the other layout rules included). Stores the result
 * on each document and proposes entries for the accessibility statement. The site must be running
 * (`npm run dev` or `npm start`) at SITE_URL, by default http://localhost:3000.
 *
 *   npm run a11y:pages
 *   npm run a11y:pages -- --collection pages --id 12
 */
import { parseArgs } from 'node:util'

import { type KlarkollSettings, runPageChecks } from '@klarkoll/payload-plugin'

import { startPayload } from './loadConfig'

const { values } = parseArgs({
  allowPositionals: true,
  options: { collection: { type: 'string' }, id: { type: 'string' } },
  strict: false,
})

const payload = await startPayload()
const settings = payload.config.custom.klarkoll as KlarkollSettings
try {
  await fetch(settings.siteUrl!, { method: 'HEAD' })
} catch {
  console.error(
    `Den publika webbplatsen svarar inte på ${settings.siteUrl}. Starta den med "npm run dev" eller sätt SITE_URL.`,
  )
  await payload.destroy()
  process.exit(1)
}

const startedAt = performance.now()
const summary = await runPageChecks(payload, {
  collection: typeof values.collection === 'string' ? values.collection : undefined,
  id: typeof values.id === 'string' ? values.id : undefined,
  onPage: (row) =>
    process.stderr.write(
      `${row.error ? '✗' : row.findings > 0 ? '!' : '✓'} ${row.url}${row.error ? ` – ${row.error}` : row.findings > 0 ? ` – ${row.findings} fynd` : ''}\n`,
    ),
})
console.log('\nKlarkoll – tillgänglighet på publicerade sidor\n')
console.table(
  summary.pages.map((row) => ({
    Adress: row.url,
    Fynd: row.findings,
    Fel: row.error ?? '',
  })),
)
console.log(
  `${summary.pages.length} sidor på ${((performance.now() - startedAt) / 1000).toFixed(1)} s; ` +
    `förslag till tillgänglighetsredogörelsen: ${summary.proposals.created} nya, ` +
    `${summary.proposals.updated} uppdaterade, ${summary.proposals.removed} borttagna.`,
)
await payload.destroy()
process.exit(summary.pages.some((row) => row.error) ? 1 : 0)
