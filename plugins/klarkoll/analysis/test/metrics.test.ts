import { describe, expect, test } from '@jest/globals'

import { lix, lixBand, ovix } from '../lix'
import { analyzeText } from './helpers'

const sparv = 'a bc def ghij klmno pqrstu vxyzåäö.'

describe('LIX (test vectors from docs/klarsprak.md)', () => {
  test('Sparv doctest: four sentences of seven words', () => {
    const { metrics } = analyzeText(Array(4).fill(sparv).join(' '))
    expect(metrics).toMatchObject({ longWords: 4, sentences: 4, words: 28 })
    expect(metrics.lix).toBe(21.29)
  })

  test('"mening" and "kommer" have six letters and are not long', () => {
    const { metrics } = analyzeText(
      'Detta är en kort mening. Här kommer en annan mening med flera långa ord.',
    )
    expect(metrics).toMatchObject({ lix: 7, longWords: 0, sentences: 2, words: 14 })
  })

  test('short sentences count', () => {
    expect(analyzeText('Jag gick hem. Det var bra.').metrics).toMatchObject({
      lix: 3,
      sentences: 2,
      words: 6,
    })
  })

  test('abbreviations do not split the sentence', () => {
    const { metrics } = analyzeText('Vi använder t.ex. Python och bl.a. JavaScript i projektet.')
    expect(metrics.sentences).toBe(1)
  })

  test('published counts', () => {
    expect(lix(3784, 580, 1018)).toBeCloseTo(33.43, 2)
    expect(lix(2411, 100, 843)).toBeCloseTo(59.07, 2)
  })

  test('long words with compounds', () => {
    const { metrics } = analyzeText(
      'Konkurrenskraften är avgörande. Innovationssystemet behöver reformeras snabbt.',
    )
    expect(metrics.lix).toBe(74.93)
    expect(metrics.lixBand).toBe('mycket svår')
  })

  test('every block ends a sentence', () => {
    const { metrics } = analyzeText(['Rubrik utan punkt', 'Stycke utan punkt'])
    expect(metrics.sentences).toBe(2)
  })

  test('bands', () => {
    expect([null, 10, 29.99, 30, 39.9, 40, 50, 59.99, 60, 95].map((v) => lixBand(v))).toEqual([
      null,
      'mycket lätt',
      'mycket lätt',
      'lätt',
      'lätt',
      'medelsvår',
      'svår',
      'svår',
      'mycket svår',
      'mycket svår',
    ])
  })

  test('empty text has no LIX', () => {
    expect(analyzeText('').metrics).toMatchObject({
      lix: null,
      lixBand: null,
      sentences: 0,
      words: 0,
    })
  })
})

describe('OVIX', () => {
  test('the Sparv string repeated 2, 3 and 4 times', () => {
    const ovixOf = (times: number) => analyzeText(Array(times).fill(sparv).join(' ')).metrics.ovix
    expect(ovixOf(1)).toBeNull()
    expect(ovixOf(2)).toBeCloseTo(11.32, 2)
    expect(ovixOf(3)).toBeCloseTo(9.88, 2)
    expect(ovixOf(4)).toBeCloseTo(9.58, 2)
  })

  test('types are case-insensitive', () => {
    expect(analyzeText('Hej hej. Du du.').metrics.ovix).toBeCloseTo(ovix(4, 2)!, 2)
  })
})

describe('other metrics', () => {
  test('RIX, averages, long sentences and extra-long words', () => {
    const long = Array(21).fill('ord').join(' ')
    const { metrics } = analyzeText([`${long}.`, 'Kvalitetssäkringssystemet fungerar.'])
    expect(metrics).toMatchObject({
      extraLongWords: 1,
      longSentenceShare: 0.5,
      longWords: 2,
      rix: 1,
      sentences: 2,
      words: 23,
    })
    expect(metrics.sentenceLengths).toEqual({ '1-10': 1, '11-20': 0, '21-30': 1, '31+': 0 })
  })

  test('nominalisation density per 100 words', () => {
    const { metrics } = analyzeText(
      'Handläggningen av ansökningar kräver noggrannhet och information.',
    )
    // handläggningen, ansökningar, noggrannhet, information: 4 of 7 words
    expect(metrics.nominalisationDensity).toBe(57.14)
  })

  test('passive share counts sentences', () => {
    const { metrics } = analyzeText('Ansökan skickas till oss. Vi svarar snabbt.')
    expect(metrics.passiveShare).toBe(0.5)
  })

  test('styckekvot and rubrikkvot', () => {
    const { metrics } = analyzeText(['En. Två.', 'Tre.'], undefined, {
      blocks: [
        { kind: 'heading', level: 2, path: 'h', text: 'Rubrik' },
        { kind: 'paragraph', path: 'a', text: 'En. Två.' },
        { kind: 'paragraph', path: 'b', text: 'Tre.' },
      ],
    })
    expect(metrics).toMatchObject({ headings: 1, paragraphs: 2, rubrikkvot: 2, styckekvot: 1.5 })
    expect(analyzeText('Ingen rubrik.').metrics.rubrikkvot).toBeNull()
  })

  test('English blocks get Flesch Reading Ease and no Swedish counts', () => {
    const { findings, metrics } = analyzeText('', undefined, {
      blocks: [
        {
          kind: 'paragraph',
          lang: 'en',
          path: 'en',
          text: 'The cat sat on the mat. It was happy.',
        },
      ],
    })
    expect(metrics.words).toBe(0)
    expect(metrics.fleschReadingEase).toBeGreaterThan(90)
    expect(findings).toEqual([])
  })

  test('link texts and alt texts are not counted twice', () => {
    const { metrics } = analyzeText('', undefined, {
      blocks: [
        { kind: 'paragraph', path: 'p', text: 'Läs om förskolan.' },
        { kind: 'linkText', path: 'p.children.1', text: 'förskolan' },
        { kind: 'alt', path: 'img', text: 'Barn som leker' },
      ],
    })
    expect(metrics.words).toBe(3)
  })
})
