import { describe, expect, test } from '@jest/globals'

import { tokenize } from './tokenize'

const split = (text: string) => {
  const { sentences, words } = tokenize({ kind: 'paragraph', path: 'p', text })
  return {
    sentences: sentences.map((s) => text.slice(s.start, s.end)),
    words: words.map((w) => text.slice(w.start, w.end)),
  }
}

describe('sentences', () => {
  test('end at . ! ? : and at the end of the block', () => {
    expect(split('Jag gick hem. Det var bra! Eller? Så här: nu')).toEqual({
      sentences: ['Jag gick hem.', 'Det var bra!', 'Eller?', 'Så här:', 'nu'],
      words: ['Jag', 'gick', 'hem', 'Det', 'var', 'bra', 'Eller', 'Så', 'här', 'nu'],
    })
  })

  test('a sentence may start with Å, Ä or Ö', () => {
    expect(split('Vi öppnar. Å andra sidan stänger vi. Ändå. Öppet.').sentences).toHaveLength(4)
  })

  test('abbreviations do not end sentences', () => {
    expect(split('Vi använder t.ex. Python och bl.a. JavaScript i projektet.').sentences).toEqual([
      'Vi använder t.ex. Python och bl.a. JavaScript i projektet.',
    ])
    expect(split('Ring kl. 8 eller enl. avtal, dvs. i morgon.').sentences).toHaveLength(1)
    expect(split('Gäller fr.o.m. 1 juli t.o.m. 31 augusti.').sentences).toHaveLength(1)
  })

  test('"m.m." ends a sentence only before a capital letter', () => {
    expect(split('Om detta p.g.a. arbetsbelastning m.m. inte går.').sentences).toHaveLength(1)
    expect(split('Vi säljer böcker, filmer m.m. Välkommen!').sentences).toEqual([
      'Vi säljer böcker, filmer m.m.',
      'Välkommen!',
    ])
  })

  test('numbers, times, dates, URLs and e-mail addresses keep their dots and colons', () => {
    const result = split(
      'Öppet 8.00–16.30 och 08:30 den 2026-06-19. Se www.exempel.se/a.b eller skriv till kommun@exempel.se. Den 10:e.',
    )
    expect(result.sentences).toHaveLength(3)
    expect(result.words).toEqual([
      'Öppet',
      '8.00',
      '16.30',
      'och',
      '08:30',
      'den',
      '2026-06-19',
      'Se',
      'www.exempel.se/a.b',
      'eller',
      'skriv',
      'till',
      'kommun@exempel.se',
      'Den',
      '10:e',
    ])
  })

  test('the short forms writers use: ex., mm., tex., prop., resp.', () => {
    expect(split('Ta med ex. pass eller körkort.').sentences).toHaveLength(1)
    expect(split('Vi lånar ut böcker, filmer mm. och spel.').sentences).toHaveLength(1)
    expect(split('Vi lånar ut böcker, filmer mm. Välkommen!').sentences).toHaveLength(2)
    expect(split('Läs tex. broschyren.').sentences).toHaveLength(1)
    expect(split('Se prop. 2008/09:150 om detta.').sentences).toHaveLength(1)
    expect(split('Höger resp. vänster sida.').sentences).toHaveLength(1)
  })

  test('an initial is not a sentence end; a list number is not a word', () => {
    expect(split('Anna B. Svensson svarar.').sentences).toHaveLength(1)
    // "blankett A." ends the sentence: a capital letter after a common noun is no initial.
    expect(split('Fyll i blankett A. Skicka den sedan.').sentences).toEqual([
      'Fyll i blankett A.',
      'Skicka den sedan.',
    ])
    expect(split('1. Logga in.').words).toEqual(['Logga', 'in'])
  })

  test('short sentences are kept', () => {
    expect(split('Ja. Nej. Kanske.').sentences).toEqual(['Ja.', 'Nej.', 'Kanske.'])
  })
})

describe('words', () => {
  test('surrounding punctuation is stripped before letters are counted', () => {
    const text = '"kommer." (Förskolan)'
    const { words } = tokenize({ kind: 'paragraph', path: 'p', text })
    expect(words.map((w) => [text.slice(w.start, w.end), w.letters])).toEqual([
      ['kommer', 6],
      ['Förskolan', 9],
    ])
  })

  test('a hyphenated compound is one word; slashes and dashes separate words', () => {
    const text = 'VA-taxa och/eller 8–16'
    const { words } = tokenize({ kind: 'paragraph', path: 'p', text })
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
      'VA-taxa',
      'och',
      'eller',
      '8',
      '16',
    ])
    expect(words[0]).toMatchObject({ letters: 6, lower: 'va-taxa' })
  })

  test('capitals are recognised with Å, Ä and Ö', () => {
    const { words } = tokenize({ kind: 'paragraph', path: 'p', text: 'ÖPPETTIDER Öppet ÅÄÖ 112' })
    expect(words.map((w) => w.allCaps)).toEqual([true, false, true, false])
  })

  test('title-case letters are lowered too (found by the property test)', () => {
    const { words } = tokenize({ kind: 'paragraph', path: 'p', text: 'ᾈ ǅemal Ⅰ aⒶb' })
    expect(words.map((w) => w.lower)).toEqual(['ᾀ', 'ǆemal', 'ⅰ', 'aⓐb'])
  })

  test('offsets point at the word in the text', () => {
    const text = '  «Hej», sa hon.'
    const { words } = tokenize({ kind: 'paragraph', path: 'p', text })
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Hej', 'sa', 'hon'])
  })
})

test('abbreviations without inner dots are read from the same list as the rule', () => {
  const { sentences } = tokenize({
    kind: 'paragraph',
    path: 'p',
    text: 'Hon är fd. chef och en sk. expert på skolor, förskolor mfl. Ring henne.',
  })
  // "fd." and "sk." do not end a sentence; "mfl." does before a capital letter.
  expect(sentences).toHaveLength(2)
})

test('"…" and "..." alike: a sentence ends only where a new one starts with a capital', () => {
  for (const dots of ['…', '...']) {
    expect(split(`Vi väntar${dots} Sedan går vi.`).sentences).toEqual([
      `Vi väntar${dots}`,
      'Sedan går vi.',
    ])
    expect(split(`Det var${dots} bra.`).sentences).toEqual([`Det var${dots} bra.`])
    expect(split(`Vi väntar ${dots} Sedan går vi.`).sentences).toHaveLength(2)
    expect(split(`Vänta${dots}? Nej.`).sentences).toHaveLength(2)
  }
})

test('dot leaders in a table of contents are no ellipsis: they still end each entry', () => {
  expect(split('Bemötande..... 4 Likabehandling..... 5').sentences).toEqual([
    'Bemötande.....',
    '4 Likabehandling.....',
    '5',
  ])
})
