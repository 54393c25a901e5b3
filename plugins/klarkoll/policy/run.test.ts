import { expect, test } from '@jest/globals'

import { definePolicyRule } from './rule'
import { runPolicy } from './run'

// A site's rule about its own data: every unit names a manager.
const manager = definePolicyRule({
  area: 'policy',
  check: ({ doc }, { field }) =>
    typeof doc[field] === 'string' && doc[field] !== ''
      ? []
      : [
          {
            data: { field },
            excerpt: String(doc.name ?? ''),
            messageId: 'missing',
            path: field,
            suggestion: 'Skriv chefens namn.',
          },
        ],
  defaultOptions: { collection: 'units', field: 'manager' },
  defaultSeverity: 'warning',
  id: 'policy/manager',
  messages: { missing: 'Enheten saknar {field}. Servicepolicyn lovar en ansvarig chef.' },
  meta: { help: 'Varje enhet har en chef.', source: 'Test', title: 'Chef', titleEn: 'Manager' },
})

const load = async () => null

test('a policy finding keeps what its rule said, its message by id, with id, area and level', async () => {
  const findings = await runPolicy(
    { collection: 'units', doc: { name: 'Bygglov' }, load },
    { 'policy/manager': ['error', { field: 'chef' }] },
    [manager],
  )
  expect(findings).toEqual([
    {
      area: 'policy',
      excerpt: 'Bygglov',
      message: 'Enheten saknar chef. Servicepolicyn lovar en ansvarig chef.',
      path: 'chef',
      ruleId: 'policy/manager',
      severity: 'error',
      suggestion: 'Skriv chefens namn.',
    },
  ])
})

test('rules of other collections stay silent, and so do rules turned off', async () => {
  expect(await runPolicy({ collection: 'pages', doc: {}, load }, {}, [manager])).toEqual([])
  expect(
    await runPolicy({ collection: 'units', doc: {}, load }, { 'policy/manager': 'off' }, [manager]),
  ).toEqual([])
})

test('a message id the rule does not have names the rule instead of failing the check', async () => {
  const broken = { ...manager, messages: {} }
  const [finding] = await runPolicy({ collection: 'units', doc: {}, load }, {}, [broken])
  expect(finding?.message).toBe('policy/manager: missing')
})
