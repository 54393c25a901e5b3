import { expect, test } from '@jest/globals'

import { matchCase } from './matchCase'

test('a replacement takes the case of the words it replaces', () => {
  expect(matchCase('erhåller', 'får')).toBe('får')
  expect(matchCase('Erhåller', 'får')).toBe('Får')
  expect(matchCase('ERHÖLL', 'fick')).toBe('FICK')
  expect(matchCase('T.ex.', 'till exempel')).toBe('Till exempel')
  expect(matchCase('t.ex.', 'till exempel')).toBe('till exempel')
  // One capital letter is a capitalised word, not a word in capitals.
  expect(matchCase('I enlighet med', 'enligt')).toBe('Enligt')
})
