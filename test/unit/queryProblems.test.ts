import type { Field } from 'payload'

import { describe, expect, test } from '@jest/globals'

import {
  pagingProblems,
  queryFields,
  queryProblems,
  sortProblems,
} from '../../lib/inputGuard/queryProblems'

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'count', type: 'number' },
  { name: 'free', type: 'checkbox' },
  { name: 'kind', type: 'select', options: ['a', 'b'] },
  { name: 'topics', type: 'select', hasMany: true, options: ['a', 'b'] },
  { name: 'owner', type: 'relationship', relationTo: 'users' },
  { name: 'body', type: 'richText' },
  { name: 'review', type: 'group', fields: [{ name: 'nextAt', type: 'date' }] },
  { name: 'rows', type: 'array', fields: [{ name: 'label', type: 'text' }] },
  {
    name: 'channels',
    type: 'blocks',
    blocks: [
      {
        slug: 'phone',
        fields: [
          { name: 'number', type: 'text' },
          { name: 'label', type: 'text' },
        ],
      },
      {
        slug: 'email',
        fields: [
          { name: 'address', type: 'email' },
          { name: 'label', type: 'text' },
        ],
      },
    ],
  },
]
const paths = queryFields(fields)
const sqlite = { idType: 'number' as 'number' | 'text', postgres: false, sql: true }
const postgres = { ...sqlite, postgres: true }
const mongo = { idType: 'text' as 'number' | 'text', postgres: false, sql: false }
const check = (where: unknown, context: typeof sqlite = sqlite) =>
  queryProblems(where, paths, context)

describe('queryFields', () => {
  test('names every path as Payload queries it, row ids and block names included', () => {
    expect([...paths.keys()].sort()).toEqual(
      [
        '_status',
        'body',
        'channels',
        'channels.address',
        'channels.blockName',
        'channels.id',
        'channels.label',
        'channels.number',
        'count',
        'createdAt',
        'free',
        'id',
        'kind',
        'owner',
        'review',
        'review.nextAt',
        'rows',
        'rows.id',
        'rows.label',
        'title',
        'topics',
        'updatedAt',
      ].sort(),
    )
    expect(paths.get('channels.label')!.blockTables).toEqual(['channels:phone', 'channels:email'])
    expect(paths.get('rows.label')!.inList).toBe(true)
    expect(paths.get('review.nextAt')!.inList).toBe(false)
  })
})

describe('queryProblems', () => {
  test('what a public site sends is accepted', () => {
    expect(
      check({
        and: [
          { title: { like: 'bygg' } },
          { or: [{ count: { greater_than: '5' } }, { free: { equals: 'true' } }] },
        ],
        'channels.number': { equals: '+46812345678' },
        id: { in: '1,2,3' },
        owner: { equals: 3 },
        'review.nextAt': { less_than: '2026-12-01' },
        topics: { in: ['a', 'b'] },
        updatedAt: { greater_than_equal: '2026-11-22T00:00:00Z' },
      }),
    ).toEqual([])
    expect(check({ title: { equals: 'null' }, owner: { equals: null } })).toEqual([])
  })

  test.each([
    [{ updatedAt: { greater_than: 'igår' } }, /"igår" är inte ett datum/],
    [{ count: { equals: 'fem' } }, /"fem" är inte ett tal/],
    [{ count: { less_than: '1e400' } }, /inte ett tal/],
    [{ free: { in: 'ja' } }, /ska vara true eller false/],
    [{ owner: { not_in: '1,2147483648' } }, /"2147483648" är inte ett id/],
    [{ id: { in: 'null' } }, /"null" är inte ett id/],
    [{ title: { in: '' } }, /ange minst ett värde/],
    [{ title: { equals: ['a', 'b'] } }, /ange ett enda värde/],
    [{ title: { exists: 'kanske' } }, /true eller false/],
    [{ title: { equals: 'a\u0000' } }, /tecknet NUL/],
    [{ title: { near: '1,2' } }, /positionsfält/],
    [{ topics: { all: 'a' } }, /all stöds inte av databasen/],
    [{ owner: { like: '1' } }, /söker i text/],
    [{ 'rows.id': { contains: 'x' } }, /söker i text/],
    [{ channels: { exists: 'true' } }, /grupp eller lista själv/],
    [{ review: { exists: 'true' } }, /grupp eller lista själv/],
  ])('a query the database would fail on is named: %j', (where, message) => {
    const problems = check(where)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
    expect(problems[0]).toMatch(/^where\[/)
  })

  test('PostgreSQL: no text search in choices or rich text', () => {
    expect(check({ kind: { like: 'a' } })).toEqual([])
    expect(check({ kind: { like: 'a' } }, postgres)[0]).toMatch(/söker i text/)
    expect(check({ body: { contains: 'a' } }, postgres)[0]).toMatch(/söker i text/)
    // Payload reads contains on a choice of many as "has this value".
    expect(check({ topics: { contains: 'a' } }, postgres)).toEqual([])
    expect(check({ topics: { like: 'a' } }, postgres)[0]).toMatch(/söker i text/)
  })

  test('one condition per block type; other block types may have theirs', () => {
    // number is in phone only and address in email only: different tables.
    expect(
      check({ 'channels.number': { equals: '1' }, 'channels.address': { equals: 'a' } }),
    ).toEqual([])
    // label is in both, so it meets phone's table a second time.
    expect(
      check({ 'channels.number': { equals: '1' }, 'channels.label': { equals: 'a' } }),
    ).toEqual([expect.stringMatching(/högst ett villkor per blocktyp \(channels, phone\)/)])
    expect(
      check({
        or: [{ 'channels.number': { equals: '1' } }, { 'channels.number': { equals: '2' } }],
      }),
    ).toHaveLength(1)
  })

  test('MongoDB keeps all and queries on lists; ids are text there', () => {
    expect(check({ topics: { all: 'a,b' }, channels: { exists: 'true' } }, mongo)).toEqual([])
    expect(check({ title: { all: 'a' } }, mongo)[0]).toMatch(/fält med flera värden/)
    expect(check({ owner: { equals: '65f0c0ffee' } }, mongo)).toEqual([])
  })

  test('nesting is limited', () => {
    let where: unknown = { title: { equals: 'a' } }
    for (let i = 0; i < 30; i++) where = { and: [where] }
    expect(check(where)[0]).toMatch(/för djupt nästlad/)
  })
})

describe('sortProblems and pagingProblems', () => {
  test('sorting by a field on the document works, inside a list or by a group does not', () => {
    expect(sortProblems('-updatedAt,title', paths)).toEqual([])
    expect(sortProblems(['-review.nextAt', 'okänt'], paths)).toEqual([])
    expect(sortProblems('-channels.label', paths)[0]).toMatch(/går inte att sortera/)
    expect(sortProblems(['title', '-rows'], paths)).toHaveLength(1)
  })

  test('limit is a whole number from 0, page from 1', () => {
    expect(pagingProblems({ limit: 0, page: 1 })).toEqual([])
    expect(pagingProblems({ limit: Number.NaN, page: -1 })).toHaveLength(2)
    expect(pagingProblems({ limit: 1.5 })).toHaveLength(1)
  })
})
