import { describe, expect, test } from '@jest/globals'

import { krangelord } from '../data/krangelord'
import { testRule } from '../ruleTester'
import { analyzeText, flagged, onlyRule } from '../test/helpers'
import { krangelordRule } from './krangelord'

describe('the word list', () => {
  test('has at least 80 pairs, each with a source', () => {
    expect(krangelord.length).toBeGreaterThanOrEqual(80)
    for (const pair of krangelord) {
      expect(pair.avoid.length).toBeGreaterThan(0)
      expect(pair.prefer).not.toBe('')
      expect(pair.source).toMatch(/^(SL|HZ|MAL|GU|SLU|KOM)$/)
    }
  })

  test('no form is listed twice', () => {
    const forms = krangelord.flatMap((pair) => pair.avoid)
    expect(new Set(forms).size).toBe(forms.length)
  })
})

describe('klarsprak/krangelord', () => {
  test('passes: plain words, and words that only contain a listed word', () => {
    expect(flagged('Du får ett beslut. Ejder och samtal.', 'klarsprak/krangelord')).toEqual([])
  })

  test('fails: whole words and inflected forms, case-insensitive', () => {
    expect(flagged('Du erhåller beslutet. Hon ERHÖLL det. Icke!', 'klarsprak/krangelord')).toEqual([
      'erhåller',
      'ERHÖLL',
      'Icke',
    ])
  })

  test('fails: multi-word phrases, the longest match first', () => {
    const { findings } = analyzeText(
      'Vi gör det i enlighet med lagen och om särskilda skäl föreligger.',
      onlyRule('klarsprak/krangelord'),
    )
    expect(findings.map((f) => [f.excerpt, f.suggestion])).toEqual([
      ['i enlighet med', 'enligt'],
      ['om särskilda skäl föreligger', 'om det finns särskilda skäl'],
    ])
    expect(findings[0]!.message).toBe('Skriv hellre "enligt" än "i enlighet med".')
  })

  test('context-dependent pairs are hints (info), never errors', () => {
    const { findings } = analyzeText(
      'Handlingarna och blanketten samt avgiften.',
      onlyRule('klarsprak/krangelord', 'error'),
    )
    expect(findings).toEqual([expect.objectContaining({ excerpt: 'samt', severity: 'info' })])
    expect(findings[0]!.message).toMatch(/Det beror på sammanhanget/)
  })

  test('the suggestion is inflected like the form found', () => {
    const { findings } = analyzeText(
      'Avgiften ska erläggas i förskott. Lagen träder i kraft i juli. Beslutet erhölls i går. Handlingarna ska tillställas nämnden. Tillse så att dörren är låst.',
      onlyRule('klarsprak/krangelord'),
    )
    expect(findings.map((f) => [f.excerpt, f.suggestion])).toEqual([
      ['erläggas', 'betalas'],
      ['träder i kraft', 'börjar gälla'],
      ['erhölls', 'fick'],
      ['tillställas', 'skickas'],
      ['Tillse så att', 'se till att'],
    ])
    expect(findings[1]!.message).toBe('Skriv hellre "börjar gälla" än "träder i kraft".')
  })

  test('the replacement is the first alternative, put where the range stands', () => {
    const text = 'Vi inhämtar uppgifter. Det blev en olägenhet.'
    const { findings } = analyzeText(text, onlyRule('klarsprak/krangelord'))
    expect(findings.map((f) => [f.excerpt, f.replacement])).toEqual([
      ['inhämtar', 'skaffar'],
      ['olägenhet', 'besvär'],
    ])
    const { end, start } = findings[0]!.range!
    expect(text.slice(start, end)).toBe('inhämtar')
  })

  test('a word that gives a listed form another sense keeps it from being reported', () => {
    expect(
      flagged(
        'Personalen inger förtroende. Han medgav att han hade fel. Vi handlade mat.',
        'klarsprak/krangelord',
      ),
    ).toEqual([])
    expect(
      flagged('Ansökan inges till nämnden. Nämnden medgav undantag.', 'klarsprak/krangelord'),
    ).toEqual(['inges', 'medgav'])
  })

  test('phrases from Svarta listan', () => {
    expect(
      flagged(
        'Med anledning av det faktum att vi flyttar stänger vi. I anledning av att det regnar ställs matchen in. Det bör noteras att avgiften höjs. Försåvitt inget annat sägs gäller beslutet. Åtgärder ska vidtas.',
        'klarsprak/krangelord',
      ),
    ).toEqual([
      'Med anledning av det faktum att',
      'I anledning av att',
      'Det bör noteras att',
      'Försåvitt',
      'Åtgärder ska vidtas',
    ])
  })

  test('a municipality adds its own pairs and ignores entries', () => {
    const setting = [
      'warning',
      { extra: [{ avoid: ['medborgarkontor'], prefer: 'kontaktcenter' }], ignore: ['icke'] },
    ] as const
    expect(
      flagged(
        'Besök medborgarkontor. Icke rökare. Du erhåller svar.',
        'klarsprak/krangelord',
        setting as never,
      ),
    ).toEqual(['medborgarkontor', 'erhåller'])
  })
})

test('examples (rule tester)', () =>
  testRule(krangelordRule, {
    valid: [
      'Du får ett beslut. Ejder och samtal.',
      { options: { ignore: ['erhåller'] }, text: 'Du erhåller beslutet.' },
    ],
    invalid: [
      {
        findings: [{ excerpt: 'erhåller' }, { excerpt: 'ERHÖLL' }],
        text: 'Du erhåller beslutet. Hon ERHÖLL det.',
      },
      {
        findings: [{ excerpt: 'tillställa', suggestion: 'skicka' }],
        options: { extra: [{ avoid: ['tillställa'], prefer: 'skicka' }] },
        text: 'Vi ska tillställa dig beslutet.',
      },
    ],
  }))
