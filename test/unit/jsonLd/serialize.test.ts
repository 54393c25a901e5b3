import { expect, test } from '@jest/globals'
import fc from 'fast-check'

import { serializeJsonLd } from '../../../lib/jsonLd/serialize'

test('editor text cannot end the script element, and the JSON value is unchanged', () => {
  const value = { name: 'A </script><script>alert("x")</script> & <!-- B', note: 'rad\u2028två' }
  const text = serializeJsonLd(value)
  expect(text).not.toMatch(/[<>&\u2028\u2029]/)
  expect(JSON.parse(text)).toEqual(value)
})

test('any string survives the round trip and never contains a tag opener', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (a, b) => {
      const text = serializeJsonLd({ a, b: [b, `</script>${b}`] })
      expect(text.includes('<')).toBe(false)
      expect(JSON.parse(text)).toEqual({ a, b: [b, `</script>${b}`] })
    }),
  )
})
