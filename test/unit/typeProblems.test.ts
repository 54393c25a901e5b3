import type { Field } from 'payload'

import { describe, expect, test } from '@jest/globals'

import { type Reference, textLimits, typeProblems } from '../../lib/inputGuard/typeProblems'

const fields: Field[] = [
  { name: 'title', type: 'text', label: { en: 'Title', sv: 'Titel' }, maxLength: 80 },
  { name: 'ingress', type: 'textarea' },
  { name: 'count', type: 'number' },
  { name: 'free', type: 'checkbox' },
  { name: 'startsAt', type: 'date' },
  { name: 'topics', type: 'select', hasMany: true, options: ['a', 'b'] },
  { name: 'owner', type: 'relationship', relationTo: 'users' },
  { name: 'body', type: 'richText' },
  {
    type: 'row',
    fields: [{ name: 'inRow', type: 'text' }],
  },
  {
    name: 'cost',
    type: 'group',
    fields: [{ name: 'amount', type: 'number' }],
  },
  {
    name: 'rows',
    type: 'array',
    fields: [{ name: 'label', type: 'text' }],
  },
  {
    name: 'channels',
    type: 'blocks',
    blocks: [{ slug: 'phone', fields: [{ name: 'number', type: 'text' }] }],
  },
  { name: 'name', type: 'text', localized: true },
]
const context = { idType: 'number' as const, locales: ['sv', 'en'] }
/** Message and path of each problem; the label is tested on its own below. */
const brief = (problems: ReturnType<typeof typeProblems>) =>
  problems.map(({ message, path }) => ({ message, path }))
const check = (data: Record<string, unknown>) => brief(typeProblems(fields, data, context))

describe('typeProblems', () => {
  test('accepts what the admin and a careful API client send', () => {
    expect(
      check({
        body: { root: { children: [], type: 'root' } },
        channels: [{ blockType: 'phone', number: '08-123 456 00' }],
        cost: { amount: 120 },
        count: '5',
        free: false,
        inRow: 'x',
        ingress: 'Kort text.',
        name: { en: 'Name', sv: 'Namn' },
        owner: 3,
        rows: [{ label: 'Rad' }],
        startsAt: '2026-11-22',
        title: 'Rubrik',
        topics: ['a'],
      }),
    ).toEqual([])
    expect(check({ count: null, owner: { relationTo: 'users', value: 2 }, title: null })).toEqual(
      [],
    )
  })

  test.each([
    [{ title: 123 }, 'title', 'Titel: ska vara text, inte ett tal.'],
    [{ title: { $ne: 1 } }, 'title', 'Titel: ska vara text, inte ett objekt.'],
    [{ inRow: ['x'] }, 'inRow', 'inRow: ska vara text, inte en lista.'],
    [{ count: 'fem' }, 'count', 'count: ska vara ett tal, inte text.'],
    [{ free: 'ja' }, 'free', 'free: ska vara sant eller falskt, inte text.'],
    [{ startsAt: 'i morgon' }, 'startsAt', 'startsAt: ska vara ett datum (ÅÅÅÅ-MM-DD).'],
    [{ topics: 'a' }, 'topics', 'topics: ska vara en lista, inte text.'],
    [{ owner: true }, 'owner', 'owner: ska vara id:t för ett dokument.'],
    [{ owner: 1.5 }, 'owner', 'owner: ska vara id:t för ett dokument.'],
    [{ cost: 5 }, 'cost', 'cost: ska vara ett objekt, inte ett tal.'],
    [{ cost: null }, 'cost', 'cost: ska vara ett objekt, inte tomt.'],
    [{ cost: { amount: 'gratis' } }, 'cost.amount', 'cost › amount: ska vara ett tal, inte text.'],
    [{ rows: 'x' }, 'rows', 'rows: ska vara en lista, inte text.'],
    [{ rows: [{ label: 1 }] }, 'rows.0.label', 'rows 1 › label: ska vara text, inte ett tal.'],
    [{ rows: [7] }, 'rows.0', 'rows, rad 1: ska vara ett objekt.'],
    [{ name: { en: 5, sv: 'Namn' } }, 'name', 'name: ska vara text, inte ett tal.'],
  ])('names the field and what is wrong: %j', (data, path, message) => {
    expect(check(data)).toEqual([{ message, path }])
  })

  test('an unknown block type lists the allowed ones', () => {
    expect(check({ channels: [{ blockType: 'fax' }] })).toEqual([
      {
        message: 'channels, rad 1: okänd blocktyp "fax". Tillåtna: phone.',
        path: 'channels.0',
      },
    ])
  })

  test('text is limited by the field, else by its type', () => {
    expect(check({ title: 'a'.repeat(80) })).toEqual([])
    expect(check({ title: 'a'.repeat(81) })[0]!.message).toBe(
      'Titel: texten är för lång (81 tecken, högst 80).',
    )
    expect(check({ ingress: 'a'.repeat(textLimits.textarea) })).toEqual([])
    expect(check({ ingress: 'a'.repeat(textLimits.textarea + 1) })[0]!.message).toMatch(/för lång/)
  })

  test('rich text is checked as Lexical JSON', () => {
    expect(check({ body: 'bara text' })[0]!.message).toMatch(/^body: innehållet är inte/)
  })

  test('an empty string in a choice, date or number is written as null', () => {
    const data: Record<string, unknown> = { count: '', startsAt: '', title: '' }
    expect(
      typeProblems(
        [...fields, { name: 'kind', type: 'select', options: ['a'] }],
        { ...data, kind: '' },
        context,
      ),
    ).toEqual([])
    const kind: Record<string, unknown> = { kind: '' }
    typeProblems([{ name: 'kind', type: 'select', options: ['a'] }], kind, context)
    expect(kind).toEqual({ kind: null })
    check(data)
    expect(data).toEqual({ count: null, startsAt: null, title: '' })
  })

  test('a number is at most what JavaScript can read back exactly', () => {
    expect(check({ count: Number.MAX_SAFE_INTEGER })).toEqual([])
    expect(check({ count: -1.5 })).toEqual([])
    for (const count of [2 ** 53, -(2 ** 53), 1e308, '99999999999999999999']) {
      expect(check({ count })[0]!.message).toMatch(/^count: talet är för stort/)
    }
  })

  test('a choice must be one of the options, also in a draft', () => {
    const kind: Field[] = [
      { name: 'kind', type: 'select', options: [{ label: 'Besök', value: 'visit' }, 'phone'] },
    ]
    expect(typeProblems(kind, { kind: 'visit' }, context)).toEqual([])
    expect(typeProblems(kind, { kind: 'phone' }, context)).toEqual([])
    expect(brief(typeProblems(kind, { kind: ' ' }, context))).toEqual([
      { message: 'kind: " " är inte ett av alternativen (visit, phone).', path: 'kind' },
    ])
    expect(check({ topics: ['a', 'c'] })[0]!.message).toBe(
      'topics: "c" är inte ett av alternativen (a, b).',
    )
  })

  test.each([
    '2026-11-22',
    '2026-11-22T09:30:00.000Z',
    '2026-11-22 09:30',
    '2024-02-29T23:00+01:00',
  ])('a date in ISO 8601 is accepted: %s', (startsAt) => {
    expect(check({ startsAt })).toEqual([])
  })

  test.each([
    '0',
    '1',
    '2026-02-31',
    '2025-02-29',
    '0000-01-01',
    '22/11/2026',
    'November 22, 2026',
  ])('a date the database would refuse is named: %s', (startsAt) => {
    expect(check({ startsAt })).toEqual([
      { message: 'startsAt: ska vara ett datum (ÅÅÅÅ-MM-DD).', path: 'startsAt' },
    ])
  })

  test('null for a list is written as the empty list', () => {
    const data: Record<string, unknown> = { channels: null, rows: null }
    expect(check(data)).toEqual([])
    expect(data).toEqual({ channels: [], rows: [] })
  })

  test('ids follow the database: whole numbers for SQL, text for MongoDB', () => {
    expect(typeProblems(fields, { owner: '12' }, context)).toEqual([])
    expect(typeProblems(fields, { owner: 'abc' }, context)).toHaveLength(1)
    expect(typeProblems(fields, { owner: 'abc' }, { ...context, idType: 'text' })).toEqual([])
    // PostgreSQL's serial ids are 32-bit: anything larger fails the lookup itself.
    expect(typeProblems(fields, { owner: 2_147_483_647 }, context)).toEqual([])
    expect(typeProblems(fields, { owner: 2_147_483_648 }, context)).toHaveLength(1)
    expect(typeProblems(fields, { owner: '2147483648' }, context)).toHaveLength(1)
  })

  test('well-formed references are collected for the existence check', () => {
    const references: Reference[] = []
    typeProblems(
      [...fields, { name: 'about', type: 'relationship', relationTo: ['pages', 'media'] }],
      { about: { relationTo: 'media', value: 4 }, owner: { id: 3 }, title: 'x' },
      { ...context, references },
    )
    expect(references).toEqual([
      { id: 3, label: 'owner', path: 'owner', relationTo: 'users' },
      { id: 4, label: 'about', path: 'about', relationTo: 'media' },
    ])
  })

  test('the admin summary names a field by its Swedish labels, not its path', () => {
    const periods: Field[] = [
      {
        name: 'periods',
        type: 'array',
        fields: [
          {
            name: 'weekly',
            type: 'array',
            fields: [{ name: 'from', type: 'text', label: { en: 'From', sv: 'Från' } }],
            label: { en: 'Weekly hours', sv: 'Veckans tider' },
          },
        ],
        label: { en: 'Periods', sv: 'Perioder' },
      },
      {
        name: 'channels',
        type: 'blocks',
        blocks: [
          {
            slug: 'phone',
            fields: [{ name: 'number', type: 'text', label: { en: 'Number', sv: 'Nummer' } }],
            labels: { plural: { sv: 'Telefoner' }, singular: { en: 'Phone', sv: 'Telefon' } },
          },
        ],
        label: { sv: 'Kanaler' },
      },
    ]
    expect(
      typeProblems(
        periods,
        { channels: [{ blockType: 'phone', number: 5 }], periods: [{ weekly: [{ from: 8 }] }] },
        context,
      ),
    ).toEqual([
      {
        label: 'Perioder 1 › Veckans tider 1 › Från',
        message: 'Perioder 1 › Veckans tider 1 › Från: ska vara text, inte ett tal.',
        path: 'periods.0.weekly.0.from',
      },
      {
        label: 'Kanaler 1 (Telefon) › Nummer',
        message: 'Kanaler 1 (Telefon) › Nummer: ska vara text, inte ett tal.',
        path: 'channels.0.number',
      },
    ])
  })

  // The admin's form state sends these; Payload's beforeValidate turns them into stored values.
  test('accepts what Payload’s own admin sends, stored as Payload stores it', () => {
    const data: Record<string, unknown> = {
      body: '{"root":{"type":"root","children":[]}}',
      channels: '0',
      free: 'true',
      owner: '',
      rows: 0,
    }
    expect(check(data)).toEqual([])
    expect(data).toEqual({
      body: { root: { children: [], type: 'root' } },
      channels: [],
      free: true,
      owner: null,
      rows: [],
    })
    const nested: Record<string, unknown> = { rows: [{ label: 'x' }], free: 'false' }
    expect(check(nested)).toEqual([])
    expect(nested.free).toBe(false)
    const many: Record<string, unknown> = { owners: 'null' }
    typeProblems(
      [{ name: 'owners', type: 'relationship', hasMany: true, relationTo: 'users' }],
      many,
      context,
    )
    expect(many).toEqual({ owners: [] })
  })

  test('a list written as any other number is still refused', () => {
    expect(check({ rows: 2 })).toEqual([
      { message: 'rows: ska vara en lista, inte ett tal.', path: 'rows' },
    ])
  })
})
