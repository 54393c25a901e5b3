import { expect, test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { analyzeText, flagged, onlyRule } from '../test/helpers'
import { abbreviation } from './abbreviation'

test('passes: written out, and "kl." and "nr" which are accepted', () => {
  expect(flagged('Till exempel kl. 8 i rum nr 3, 5 mm regn.', 'klarsprak/abbreviation')).toEqual([])
})

test('fails: t.ex., bl.a., p.g.a., pga, dvs., m.m.', () => {
  expect(
    flagged(
      'Ta t.ex. med ID, bl.a. pass. Stängt p.g.a. sjukdom, pga snö, dvs. i dag m.m.',
      'klarsprak/abbreviation',
    ),
  ).toEqual(['t.ex.', 'bl.a.', 'p.g.a.', 'pga', 'dvs.', 'm.m.'])
})

test('the suggestion writes it out and the range covers the dot', () => {
  const text = 'Ta t.ex. med ID.'
  const [finding] = analyzeText(text, onlyRule('klarsprak/abbreviation')).findings
  expect(finding).toMatchObject({
    message: 'Skriv ut förkortningen "t.ex.": "till exempel".',
    suggestion: 'till exempel',
  })
  expect(text.slice(finding!.range!.start, finding!.range!.end)).toBe('t.ex.')
})

test('examples (rule tester)', () =>
  testRule(abbreviation, {
    valid: ['Till exempel kl. 8 i rum nr 3, 5 mm regn.'],
    invalid: [
      // Without the inner dots, as many write them: the same list as the tokenizer's.
      {
        findings: [
          { excerpt: 'fd.', suggestion: 'före detta' },
          { excerpt: 'sk.', suggestion: 'så kallad' },
          { excerpt: 'mfl.', suggestion: 'med flera' },
        ],
        text: 'Hon är fd. chef och en sk. expert på skolor, förskolor mfl. Ring henne.',
      },
      {
        findings: [
          {
            excerpt: 't.ex.',
            message: 'Skriv ut förkortningen "t.ex.": "till exempel".',
            suggestion: 'till exempel',
          },
        ],
        text: 'Ta t.ex. med ID.',
      },
      {
        findings: [{ excerpt: 'bl.a.' }, { excerpt: 'pga' }],
        text: 'Ta bl.a. pass. Stängt pga snö.',
      },
    ],
  }))
