/**
 * `npm run bench:gate`: publishing a 2,000-word page through the Local API with the klarkoll gate
 * off, with klarspråk only, and with every check (klarspråk, accessibility with axe-core, policy),
 * in turn in the same run, on SQLite. Prints p50/p95 of each and what the checks add.
 * Goals: klarspråk adds under 10 ms at p95; the full content check under 150 ms at p95.
 */
import { a11yRules, type KlarkollSettings } from '@klarkoll/payload-plugin'

import { generatePages } from './corpus'
import { benchPayload, pageBody, percentile } from './payloadForBench'

// 200 per mode: with 60, p95 is the third-slowest publish and swings with SQLite sync jitter.
const rounds = Number(process.env.BENCH_ROUNDS ?? 200)
const { cleanUp, payload } = await benchPayload()
const settings = payload.config.custom.klarkoll as KlarkollSettings
// Rules that pass on this corpus, so every publish goes through (a blocked one would throw).
const full = {
  ...settings.rules,
  'klarsprak/lix': ['warning', { max: 55 }],
} as typeof settings.rules
const klarsprakOnly = {
  ...full,
  ...Object.fromEntries(
    [...a11yRules.map((r) => r.id), 'a11y/axe'].map((id) => [id, 'off' as const]),
  ),
}

const pages = generatePages(rounds * 3 + 3, 2_000, 7)
const created = await payload.create({
  collection: 'pages',
  context: { klarkoll: 'skip' },
  data: { _status: 'draft', body: pageBody(pages[0]!) as never, title: 'Mätsida' },
  draft: true,
})

type Mode = 'full' | 'klarsprak' | 'off'
const timings: Record<Mode, number[]> = { full: [], klarsprak: [], off: [] }
const setMode = (mode: Mode) => {
  settings.enabled = mode !== 'off'
  settings.rules = mode === 'klarsprak' ? klarsprakOnly : full
}
const publish = async (i: number) => {
  const started = performance.now()
  await payload.update({
    collection: 'pages',
    data: { _status: 'published', body: pageBody(pages[i]!) as never },
    id: created.id,
  })
  return performance.now() - started
}
const modes: Mode[] = ['off', 'klarsprak', 'full']
// Warm up every path, then take turns so drift hits all equally.
for (const [i, mode] of modes.entries()) {
  setMode(mode)
  await publish(i)
}
for (let i = 0; i < rounds * 3; i++) {
  const mode = modes[i % 3]!
  setMode(mode)
  timings[mode].push(await publish(i + 3))
}
setMode('full')

const labels: Record<Mode, string> = {
  full: 'alla kontroller (klarspråk, tillgänglighet, policy)',
  klarsprak: 'bara klarspråk',
  off: 'av',
}
console.log(`\nPublicera en sida på 2 000 ord (SQLite, Local API), ${rounds} gånger per läge\n`)
console.table(
  modes.map((mode) => ({
    Granskning: labels[mode],
    'p50 (ms)': percentile(timings[mode], 50).toFixed(1),
    'p95 (ms)': percentile(timings[mode], 95).toFixed(1),
  })),
)
const added = (mode: Mode, p: number) => percentile(timings[mode], p) - percentile(timings.off, p)
console.log(
  `Klarspråk lägger till ${added('klarsprak', 50).toFixed(1)} ms vid p50 och ${added('klarsprak', 95).toFixed(1)} ms vid p95 (mål: under 10 ms vid p95).`,
)
console.log(
  `Alla kontroller lägger till ${added('full', 50).toFixed(1)} ms vid p50 och ${added('full', 95).toFixed(1)} ms vid p95 (mål för tillgänglighetskontrollen: under 150 ms vid p95).`,
)
await cleanUp()
process.exit(0)
