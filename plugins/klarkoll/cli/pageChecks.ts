/**
 * `npx payload klarkoll:sidkontroll` (or `npx klarkoll sidkontroll`): opens every published page of
 * the public site in Chromium and runs axe-core on the rendered page (contrast and the other
 * layout rules included). Stores the result on each document and proposes entries for the
 * accessibility statement. The site must be running at `siteUrl` (SITE_URL).
 *
 *   npx klarkoll sidkontroll --collection pages --id 12
 */
import type { SanitizedConfig } from 'payload'

import { parseArgs } from 'node:util'

import type { KlarkollSettings } from '../types'

import { checkableCollections, runPageChecks } from '../pages/run'
import { exitWith, startPayload } from './start'

export const script = async (config: SanitizedConfig): Promise<void> => {
  const { values } = parseArgs({
    allowPositionals: true,
    args: process.argv.slice(2),
    options: { collection: { type: 'string' }, id: { type: 'string' } },
    strict: false,
  })
  const settings = config.custom?.klarkoll as KlarkollSettings | undefined
  const collection = typeof values.collection === 'string' ? values.collection : undefined
  const id = typeof values.id === 'string' ? values.id : undefined
  const checkable = settings ? checkableCollections(settings) : []
  if (collection !== undefined && !checkable.includes(collection)) {
    return exitWith(
      `samlingen "${collection}" har inga publika sidor att kontrollera. Välj en av: ${checkable.join(', ') || '(inga: sätt publicUrls)'}.`,
    )
  }
  if (id !== undefined && collection === undefined) {
    return exitWith('ange samlingen med --collection när du väljer ett dokument med --id.')
  }
  if (!settings?.siteUrl) {
    return exitWith(
      'sidkontrollen behöver den publika webbplatsens adress (siteUrl eller SITE_URL).',
    )
  }
  try {
    await fetch(settings.siteUrl, { method: 'HEAD' })
  } catch {
    return exitWith(
      `den publika webbplatsen svarar inte på ${settings.siteUrl}. Starta den eller sätt SITE_URL.`,
    )
  }
  const payload = await startPayload(config)
  const startedAt = performance.now()
  const summary = await runPageChecks(payload, {
    collection,
    id,
    onPage: (row) =>
      process.stderr.write(
        `${row.error ? '✗' : row.findings > 0 ? '!' : '✓'} ${row.url}${row.error ? ` – ${row.error}` : row.findings > 0 ? ` – ${row.findings} fynd` : ''}\n`,
      ),
  })
  console.log('\nKlarkoll – tillgänglighet på publicerade sidor\n')
  console.table(
    summary.pages.map((row) => ({ Adress: row.url, Fynd: row.findings, Fel: row.error ?? '' })),
  )
  if (id !== undefined && summary.pages.length === 0) {
    await payload.destroy()
    return exitWith(`inget publicerat dokument med id ${id} i "${collection}".`)
  }
  const { created, removed, updated } = summary.proposals
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  console.log(
    `${count(summary.pages.length, 'sida', 'sidor')} på ${((performance.now() - startedAt) / 1000).toFixed(1)} s; ` +
      `förslag till tillgänglighetsredogörelsen: ${count(created, 'nytt', 'nya')}, ` +
      `${count(updated, 'uppdaterat', 'uppdaterade')}, ${count(removed, 'borttaget', 'borttagna')}.`,
  )
  await payload.destroy()
  process.exit(summary.pages.some((row) => row.error) ? 1 : 0)
}
