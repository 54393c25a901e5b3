/**
 * `npm run bench:a11y`: the accessibility check of page content, as the publish gate runs it —
 * Lexical to HTML, then the author rules and axe-core in jsdom — for 200-, 2,000- and 10,000-word
 * pages, with axe-core alone and the author rules alone beside the full check, in one run.
 * Goal: the full content check adds under 150 ms at p95 to publishing a 2,000-word page
 * (`npm run bench:gate` measures the whole publish).
 */
import {
  a11yRules,
  checkHtmlAccessibility,
  lexicalToHtml,
  type RuleSettings,
} from '@klarkoll/payload-plugin'

import { generatePages } from './corpus'
import { pageBody, percentile } from './payloadForBench'

const scale = Number(process.env.BENCH_ROUNDS ?? 1)
const sizes = [
  { rounds: Math.round(200 * scale), words: 200 },
  { rounds: Math.round(100 * scale), words: 2_000 },
  { rounds: Math.round(20 * scale), words: 10_000 },
]

const off = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'off' as const]))
const authorIds = a11yRules.map((rule) => rule.id)
const modes: { label: string; settings: RuleSettings }[] = [
  { label: 'hela kontrollen', settings: {} },
  { label: 'bara axe-core', settings: off(authorIds) },
  { label: 'bara författarreglerna', settings: off(['a11y/axe']) },
]

// What editors put in a page besides paragraphs: links, a list, an image, so the rules have work.
const extras = (index: number) =>
  index % 6 === 0
    ? `<p>Läs mer på sidan om <a href="/bygglov-${index}">bygglov och anmälan</a>.</p>` +
      `<ul><li>Ritningar</li><li>Situationsplan</li></ul>` +
      `<img src="/media/karta-${index}.png" alt="Karta över området vid torget">`
    : ''

const rows: Record<string, number | string>[] = []
let fullAt2000 = 0
for (const { rounds, words } of sizes) {
  const pages = generatePages(rounds, words, words)
  // Lexical → HTML is part of the check's cost: the gate renders the body as the site does.
  const htmlTimes: number[] = []
  const htmls: string[] = []
  for (const page of pages) {
    const started = performance.now()
    const html = await lexicalToHtml(pageBody(page))
    htmlTimes.push(performance.now() - started)
    let paragraph = 0
    htmls.push(html.replace(/<\/p>/g, () => `</p>${extras(paragraph++)}`))
  }
  rows.push({
    Ord: words,
    Del: 'Lexical → HTML',
    'p50 ms': percentile(htmlTimes, 50).toFixed(1),
    'p95 ms': percentile(htmlTimes, 95).toFixed(1),
    Rundor: rounds,
  })
  // Warm-up: jsdom and axe-core are loaded once per process, not per publish.
  await checkHtmlAccessibility(htmls[0]!, { path: 'body' })
  const times: Record<string, number[]> = Object.fromEntries(modes.map((m) => [m.label, []]))
  for (const html of htmls) {
    // Modes take turns, so drift (GC, CPU heat) falls on all of them alike.
    for (const mode of modes) {
      const started = performance.now()
      await checkHtmlAccessibility(html, { path: 'body', settings: mode.settings })
      times[mode.label]!.push(performance.now() - started)
    }
  }
  for (const mode of modes) {
    const withHtml = times[mode.label]!.map((t, i) => t + htmlTimes[i]!)
    rows.push({
      Ord: words,
      Del: mode.label,
      'p50 ms': percentile(withHtml, 50).toFixed(1),
      'p95 ms': percentile(withHtml, 95).toFixed(1),
      Rundor: rounds,
    })
    if (words === 2_000 && mode === modes[0]) fullAt2000 = percentile(withHtml, 95)
  }
}

console.log('\nKlarkoll – tillgänglighetskontrollen av innehåll (Lexical → HTML inräknat)\n')
console.table(rows)
console.log(
  `Hela kontrollen, 2 000 ord: p95 ${fullAt2000.toFixed(1)} ms – målet är under 150 ms ` +
    `(${fullAt2000 < 150 ? 'uppfyllt' : 'inte uppfyllt'}).`,
)
process.exit(0)
