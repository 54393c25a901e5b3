/**
 * Scores a klarspråk rule against a hand-labelled set: each sentence is analysed alone with only
 * that rule, and a finding counts as right when its range overlaps a labelled word or phrase not
 * already matched (the passive rule marks "blir godkänd", the label names "godkänd").
 */
import { analyze, klarsprakRules } from '@klarkoll/payload-plugin/analysis'

import { krangelordCases } from './krangelord'
import { passiveCases } from './passive'
import { passiveHeldOutCases } from './passiveHeldOut'
import { toneCases } from './tone'

type Case = { category: string; expected: string[]; text: string }
export type Score = { cases: number; expected: number; fn: number; fp: number; tp: number }
export type Scores = { byCategory: Map<string, Score>; misses: string[]; total: Score }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The labelled spans in the text: the n-th listing of a string is its n-th occurrence. */
const labelledSpans = (text: string, expected: string[]) => {
  const seen = new Map<string, number>()
  return expected.map((label) => {
    const nth = seen.get(label) ?? 0
    seen.set(label, nth + 1)
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(label)}(?![\\p{L}\\p{N}])`, 'gu')
    const match = [...text.matchAll(pattern)][nth]
    if (!match) throw new Error(`"${label}" står inte ${nth + 1} gång(er) i "${text}"`)
    return { end: match.index + label.length, label, start: match.index }
  })
}

const empty = (): Score => ({ cases: 0, expected: 0, fn: 0, fp: 0, tp: 0 })

export const score = (ruleId: string, cases: Case[]): Scores => {
  const rule = klarsprakRules.find((candidate) => candidate.id === ruleId)
  if (!rule) throw new Error(`Okänd regel ${ruleId}`)
  const ruleSet = [rule]
  const byCategory = new Map<string, Score>()
  const total = empty()
  const misses: string[] = []
  for (const { category, expected, text } of cases) {
    const spans = labelledSpans(text, expected)
    const found = analyze(
      { blocks: [{ kind: 'paragraph', path: 'body', text }], ingress: null },
      { ruleSet },
    ).findings.map((finding) => finding.range ?? { end: text.length, start: 0 })
    const matched = new Set<number>()
    let tp = 0
    let fp = 0
    for (const range of found) {
      const hit = spans.findIndex(
        (span, i) => !matched.has(i) && span.start < range.end && range.start < span.end,
      )
      if (hit === -1) {
        fp++
        misses.push(`falsklarm [${category}] "${text.slice(range.start, range.end)}" i: ${text}`)
      } else {
        matched.add(hit)
        tp++
      }
    }
    spans.forEach((span, i) => {
      if (!matched.has(i)) misses.push(`missad [${category}] "${span.label}" i: ${text}`)
    })
    const fn = spans.length - matched.size
    for (const row of [total, byCategory.get(category) ?? empty()]) {
      row.cases++
      row.expected += spans.length
      row.tp += tp
      row.fp += fp
      row.fn += fn
      if (row !== total) byCategory.set(category, row)
    }
  }
  return { byCategory, misses, total }
}

export const precision = ({ fp, tp }: Score) => (tp + fp === 0 ? null : tp / (tp + fp))
export const recall = ({ fn, tp }: Score) => (tp + fn === 0 ? null : tp / (tp + fn))

const passiveCasesOf = (cases: typeof passiveCases) =>
  cases.map(({ category, passives, text }) => ({ category, expected: passives, text }))

export const passiveScores = () => score('klarsprak/passive', passiveCasesOf(passiveCases))
// Written by another labeller after the rules were tuned on the set above, and never tuned on.
export const passiveHeldOutScores = () =>
  score('klarsprak/passive', passiveCasesOf(passiveHeldOutCases))
export const krangelordScores = () => score('klarsprak/krangelord', krangelordCases)
export const toneScores = () => score('klarsprak/tone', toneCases)

const pad = (value: string, width: number) => value.padEnd(width)
const ratio = (value: number | null) => (value === null ? '–' : value.toFixed(2))

const table = ({ byCategory, total }: Scores) => {
  const line = (name: string, row: Score) =>
    `${pad(name, 20)}${pad(String(row.cases), 9)}${pad(String(row.expected), 9)}${pad(String(row.tp), 6)}${pad(String(row.fp), 6)}${pad(String(row.fn), 6)}${pad(ratio(precision(row)), 11)}${ratio(recall(row))}`
  return [
    `${pad('kategori', 20)}${pad('meningar', 9)}${pad('märkta', 9)}${pad('rätt', 6)}${pad('fel', 6)}${pad('miss', 6)}${pad('precision', 11)}recall`,
    ...[...byCategory].map(([name, row]) => line(name, row)),
    line('totalt', total),
  ]
}

export const accuracyTables = () =>
  [
    { scores: passiveScores(), title: 'Passiv form (klarsprak/passive), inställningsmängden' },
    {
      scores: passiveHeldOutScores(),
      title: 'Passiv form (klarsprak/passive), undanhållen mängd',
    },
    { scores: krangelordScores(), title: 'Krångelord (klarsprak/krangelord)' },
    { scores: toneScores(), title: 'Tilltal (klarsprak/tone)' },
  ].map(({ scores, title }) => ({
    cases: scores.total.cases,
    lines: table(scores),
    misses: scores.misses,
    title,
  }))
