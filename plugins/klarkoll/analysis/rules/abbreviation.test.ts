import { expect, test } from '@jest/globals'

import { analyzeText, flagged, onlyRule } from '../test/helpers'

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
