import { expect, test } from '@jest/globals'

import { atWords, defineRule } from './rule'
import { municipalityName } from '../../../test/adoption/host/rules/municipalityName'
import { testRule } from './ruleTester'

// A host's own rule, written as the package README shows.
const vagueTime = defineRule<{ words: string[] }>({
  area: 'klarsprak',
  check: ({ blocks }, { words }) =>
    blocks.flatMap((block) =>
      block.words
        .filter((word) => words.includes(word.lower))
        .map((word) =>
          atWords(block, word, word, {
            message: `Skriv ett datum i stället för "${block.block.text.slice(word.start, word.end)}".`,
          }),
        ),
    ),
  defaultOptions: { words: ['snarast', 'omgående'] },
  defaultSeverity: 'warning',
  id: 'klarsprak/vague-time',
  meta: {
    help: 'Skriv datum.',
    source: 'Kommunens skrivregler',
    title: 'Vag tid',
    titleEn: 'Vague time',
  },
  optionsSchema: { words: { items: 'string' } },
})

test('a rule that holds its examples passes', () =>
  testRule(vagueTime, {
    valid: [
      'Vi svarar senast den 3 mars.',
      { options: { words: ['strax'] }, text: 'Vi svarar snarast.' },
    ],
    invalid: [
      {
        findings: [
          {
            excerpt: 'Snarast',
            message: 'Skriv ett datum i stället för "Snarast".',
            severity: 'warning',
          },
        ],
        text: 'Snarast får du besked.',
      },
      { findings: [{ excerpt: 'strax' }], options: { words: ['strax'] }, text: 'Vi svarar strax.' },
    ],
  }))

test('every example that does not hold is named, with what was found', async () => {
  const failing = testRule(vagueTime, {
    valid: ['Vi svarar omgående.'],
    invalid: [
      { findings: [{ excerpt: 'snarast' }, { excerpt: 'omgående' }], text: 'Vi svarar snarast.' },
      { findings: [{ message: /veckan/ }], text: 'Vi svarar snarast.' },
    ],
  })
  await expect(failing).rejects.toThrow(
    [
      'klarsprak/vague-time:',
      '- giltigt "Vi svarar omgående." gav 1 fynd: Skriv ett datum i stället för "omgående".',
      '- ogiltigt "Vi svarar snarast." gav 1 fynd, väntade 2: Skriv ett datum i stället för "snarast".',
      '- ogiltigt "Vi svarar snarast.", fynd 1: message: väntade /veckan/, fick "Skriv ett datum i stället för \\"snarast\\"."',
    ].join('\n'),
  )
})

test('options are checked as at start-up, and examples of both kinds are required', async () => {
  await expect(
    testRule(vagueTime, {
      valid: [{ options: { words: 'snarast' }, text: 'Hej.' }],
      invalid: [{ findings: [], text: 'Hej.' }],
    }),
  ).rejects.toThrow(/alternativet "words" ska vara en lista, inte "snarast"/)
  await expect(testRule(vagueTime, { invalid: [], valid: ['Hej.'] })).rejects.toThrow(
    /minst ett giltigt och ett ogiltigt exempel/,
  )
})

// The README's example: the adoption host's own rule (a separate package in CI).
test("the README's custom rule: its message by id, filled from data", () =>
  testRule(municipalityName, {
    valid: [{ text: 'Välkommen till Exempelkommun.' }],
    invalid: [
      {
        text: 'Välkommen till Exempel kommun.',
        findings: [
          {
            message: 'Kommunens namn stavas "Exempelkommun", inte "Exempel kommun".',
            suggestion: 'Exempelkommun',
          },
        ],
      },
      {
        options: { name: 'Salems kommun', wrong: ['Salem kommun'] },
        text: 'Salem kommun hälsar.',
        findings: [{ message: /stavas "Salems kommun", inte "Salem kommun"/ }],
      },
    ],
  }))
