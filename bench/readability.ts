/**
 * `npm run bench:readability`: the klarspråk engine against text-statistics and text-readability
 * (Flesch Reading Ease only) on the same Swedish corpus. Prints throughput, the median time for a
 * 2,000-word page and the heap each run used. Run with --expose-gc for stable heap figures.
 */
import textStatistics from 'text-statistics'
import readability from 'text-readability'

import type { Block } from '@klarkoll/payload-plugin/analysis'

import {
  analyze,
  klarsprakRules,
  ruleContext,
  textToBlocks,
} from '@klarkoll/payload-plugin/analysis'
import { generatePages, sourceTexts, usesSeedPolicies } from './corpus'

type Engine = { name: string; run: (page: Page) => unknown; what: string }
type Page = { blocks: Block[]; text: string }

const toPage = (paragraphs: string[]): Page => {
  const blocks = paragraphs.map<Block>((text, index) => ({
    kind: text === 'Så här gör du' ? 'heading' : 'paragraph',
    path: `body.root.children.${index}`,
    text,
  }))
  return { blocks, text: paragraphs.join('\n\n') }
}

const corpus: Page[] = [
  ...sourceTexts().map((text) => ({ blocks: textToBlocks(text, 'policy'), text })),
  ...generatePages(40, 2_000).map(toPage),
]
const bytes = corpus.reduce((sum, page) => sum + Buffer.byteLength(page.text), 0)
const words = corpus.reduce((sum, page) => sum + page.text.split(/\s+/).length, 0)
const twoThousand = generatePages(1, 2_000, 7).map(toPage)[0]!

const engines: Engine[] = [
  {
    name: 'klarkoll',
    run: (page) => analyze({ blocks: page.blocks, ingress: null }),
    what: 'alla mått och fynd',
  },
  {
    name: 'text-statistics',
    run: (page) => textStatistics(page.text).fleschKincaidReadingEase(),
    what: 'Flesch',
  },
  {
    name: 'text-readability',
    run: (page) => readability.fleschReadingEase(page.text),
    what: 'Flesch',
  },
]

const gc = (globalThis as { gc?: () => void }).gc
const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024

const rounds = 7

/** One round: the whole corpus at least once and for at least half a second. */
const round = (engine: Engine) => {
  let passes = 0
  const start = performance.now()
  while (performance.now() - start < 500 || passes < 1) {
    for (const page of corpus) engine.run(page)
    passes++
  }
  return (bytes * passes) / 1024 / 1024 / ((performance.now() - start) / 1000)
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * Engines take turns round by round, so a busy moment on the machine hits them alike; each
 * engine's throughput is the median of its rounds.
 */
const measureAll = (list: Engine[]) => {
  const heap = list.map(() => ({ before: 0, peak: 0 }))
  for (const engine of list) for (let i = 0; i < 3; i++) corpus.forEach((page) => engine.run(page))
  const speeds = list.map(() => [] as number[])
  for (let r = 0; r < rounds; r++) {
    list.forEach((engine, index) => {
      gc?.()
      const before = heapMb()
      speeds[index]!.push(round(engine))
      heap[index]!.peak = Math.max(heap[index]!.peak, heapMb() - before)
    })
  }
  return list.map((engine, index) => {
    const times: number[] = []
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now()
      engine.run(twoThousand)
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    return {
      engine,
      heapPeak: heap[index]!.peak,
      mbPerSecond: median(speeds[index]!),
      median: times[100]!,
      p95: times[190]!,
    }
  })
}

console.log(
  `Korpus: ${corpus.length} sidor (${corpus.length - 40} ${usesSeedPolicies() ? 'servicepolicyer' : 'demosidor'} + 40 genererade), ${words.toLocaleString('sv-SE')} ord, ${(bytes / 1024 / 1024).toFixed(2)} MB. Testsida: ${twoThousand.text.split(/\s+/).length} ord.`,
)
if (!gc) console.log('(Kör med --expose-gc för stabila heap-siffror.)')
console.log(`Genomströmning: median av ${rounds} omgångar per motor, motorerna turas om.`)
const rows = measureAll(engines)
const ours = rows[0]!
const pad = (value: string, width: number) => value.padEnd(width)
console.log('')
console.log(
  `${pad('motor', 18)}${pad('beräknar', 20)}${pad('MB/s', 10)}${pad('× klarkoll', 12)}${pad('median ms', 12)}${pad('p95 ms', 10)}heap-tillväxt MB (topp per omgång)`,
)
for (const row of rows) {
  console.log(
    `${pad(row.engine.name, 18)}${pad(row.engine.what, 20)}${pad(row.mbPerSecond.toFixed(2), 10)}${pad(
      row === ours ? '1' : `${(ours.mbPerSecond / row.mbPerSecond).toFixed(1)}× långsammare`,
      12,
    )}   ${pad(row.median.toFixed(3), 12)}${pad(row.p95.toFixed(3), 10)}${row.heapPeak.toFixed(1)}`,
  )
}
console.log('')
console.log(
  `Mål: minst 10× deras genomströmning (${rows
    .slice(1)
    .map((r) => `${(ours.mbPerSecond / r.mbPerSecond).toFixed(1)}×`)
    .join(', ')}) och under 1 ms median för en sida på 2 000 ord (${ours.median.toFixed(3)} ms).`,
)

// Each rule's share of the engine's time: its check run alone over the corpus, tokenized once,
// against the whole engine (tokenizing, metrics and every rule) in the same run.
const contexts = corpus.map((page) => ruleContext({ blocks: page.blocks, ingress: null }))
const timeOf = (run: () => void) => {
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    const start = performance.now()
    let passes = 0
    while (performance.now() - start < 200 || passes < 1) {
      run()
      passes++
    }
    times.push((performance.now() - start) / passes)
  }
  return median(times)
}
const whole = timeOf(() =>
  corpus.forEach((page) => analyze({ blocks: page.blocks, ingress: null })),
)
console.log('')
console.log(
  `${pad('regel', 32)}${pad('ms per korpus', 16)}andel av motorns tid (${whole.toFixed(1)} ms per korpus)`,
)
for (const rule of klarsprakRules) {
  const options = rule.defaultOptions
  const ms = timeOf(() => contexts.forEach((context) => rule.check(context as never, options)))
  console.log(`${pad(rule.id, 32)}${pad(ms.toFixed(2), 16)}${((ms / whole) * 100).toFixed(1)} %`)
}
