import { afterAll, expect, test } from '@jest/globals'

import { A11yBudgetError, AxePool } from './axePool'

const pool = new AxePool(1)
afterAll(() => pool.close())

const options = { resultTypes: ['violations'], runOnly: { type: 'rule', values: ['image-alt'] } }

test('axe runs in a worker thread and sends back plain violations', async () => {
  const violations = await pool.run('<img src="/a.jpg">', options, 30_000)
  expect(violations).toEqual([
    expect.objectContaining({
      id: 'image-alt',
      nodes: [expect.objectContaining({ target: ['img'] })],
    }),
  ])
})

test('a check over its budget is stopped, and the next check gets a fresh worker', async () => {
  const big = '<p><img src="/a.jpg"></p>'.repeat(5000)
  await expect(pool.run(big, { resultTypes: ['violations'] }, 1)).rejects.toBeInstanceOf(
    A11yBudgetError,
  )
  expect(await pool.run('<img src="/b.jpg" alt="Karta">', options, 30_000)).toEqual([])
})

test('checks wait their turn; each budget counts from when it was asked for', async () => {
  const slow = '<p><img src="/a.jpg"></p>'.repeat(1000)
  const [first, second] = await Promise.allSettled([
    pool.run(slow, { resultTypes: ['violations'] }, 30_000),
    pool.run('<img src="/c.jpg">', options, 5),
  ])
  expect(first.status).toBe('fulfilled')
  expect(second).toMatchObject({ reason: expect.any(A11yBudgetError), status: 'rejected' })
})
