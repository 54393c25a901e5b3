import type { Field } from 'payload'

import { describe, expect, test } from '@jest/globals'

import { fieldLabelChain } from './fieldLabels'

const fields: Field[] = [
  { name: 'name', type: 'text', label: { en: 'Unit', sv: 'Enhet' } },
  {
    name: 'channels',
    type: 'blocks',
    blocks: [
      {
        slug: 'email',
        fields: [
          { name: 'address', type: 'text', label: { sv: 'E-postadress' } },
          {
            name: 'responseTime',
            type: 'group',
            fields: [{ type: 'row', fields: [{ name: 'value', type: 'number', label: 'Inom' }] }],
            label: { en: 'Response-time promise', sv: 'Svarstidslöfte' },
          },
        ],
        labels: { plural: { sv: 'E-post' }, singular: { en: 'E-mail', sv: 'E-post' } },
      },
    ],
    label: { en: 'Channels', sv: 'Kontaktvägar' },
  },
  {
    type: 'tabs',
    tabs: [
      {
        fields: [
          {
            name: 'steps',
            type: 'array',
            fields: [{ name: 'item', type: 'text', label: { sv: 'Sak' } }],
            label: { sv: 'Det här behöver du' },
          },
        ],
        label: 'Innan',
      },
    ],
  },
]
const data = {
  channels: [{ blockType: 'web' }, { blockType: 'email', responseTime: {} }],
  steps: [{ item: 'x' }],
}

describe('fieldLabelChain', () => {
  test.each([
    ['name', 'Enhet'],
    ['channels.1.responseTime.value', 'Kontaktvägar 2 (E-post) › Svarstidslöfte › Inom'],
    ['channels.1.address', 'Kontaktvägar 2 (E-post) › E-postadress'],
    ['channels.0.url', 'Kontaktvägar 1'],
    ['steps.0.item', 'Det här behöver du 1 › Sak'],
    ['channels', 'Kontaktvägar'],
  ])('%s: %s', (path, label) => {
    expect(fieldLabelChain(fields, path, data)).toBe(label)
  })

  test('in English for English users; unknown paths give nothing', () => {
    expect(fieldLabelChain(fields, 'channels.1.responseTime', data, 'en')).toBe(
      'Channels 2 (E-mail) › Response-time promise',
    )
    expect(fieldLabelChain(fields, 'nothing.here', data)).toBeUndefined()
  })
})
