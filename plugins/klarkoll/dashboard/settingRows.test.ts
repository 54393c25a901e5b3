import { expect, test } from '@jest/globals'

import { settingSources } from '../settingSources'
import { settingRows } from './settingRows'

const lix = {
  defaultOptions: { max: 50 },
  defaultSeverity: 'warning' as const,
  id: 'klarsprak/lix',
  meta: { title: 'Svår text (LIX)' },
}
const responseTime = {
  defaultOptions: { max: {}, require: ['email'] },
  defaultSeverity: 'warning' as const,
  id: 'policy/response-time',
  meta: { title: 'Svarstidslöfte saknas eller är för långt' },
}
const passive = {
  defaultOptions: {},
  defaultSeverity: 'info' as const,
  id: 'klarsprak/passive',
  meta: { title: 'Passiv form' },
}

test('the site’s own setting wins and says which preset values it replaces', () => {
  const sources = settingSources(
    'helsingborg',
    [{ label: 'webbplatsens inställning', rules: { 'klarsprak/lix': ['error', { max: 55 }] } }],
    () => true,
  )
  const [row] = settingRows([lix], sources)
  expect(row).toEqual({
    id: 'klarsprak/lix',
    level: 'error',
    options: 'max 55',
    // Helsingborg's 40 replaced the standard's 60.
    replaces: [
      { label: 'policyn Helsingborg', level: 'error', options: 'max 40' },
      { label: 'policyn Standard', level: 'error', options: 'max 60' },
    ],
    source: 'webbplatsens inställning',
    title: 'Svår text (LIX)',
  })
})

test('a preset’s setting names its preset; a rule nobody sets is at its own default', () => {
  const sources = settingSources('salem', [], (id) => id !== 'policy/sms-like-phone')
  const [time, untouched] = settingRows([responseTime, passive], sources)
  expect(time).toMatchObject({
    level: 'error',
    options: 'max (email 3 dagar, feedback 7 dagar, phone 1 dag), require email, feedback, phone',
    replaces: [{ label: 'policyn Standard', level: 'warning', options: 'require email' }],
    source: 'policyn Salem',
  })
  expect(untouched).toEqual({
    id: 'klarsprak/passive',
    level: 'info',
    options: '',
    replaces: [],
    source: 'regelns standard',
    title: 'Passiv form',
  })
  // Rules the site does not have are left out.
  expect(sources['policy/sms-like-phone']).toBeUndefined()
})
