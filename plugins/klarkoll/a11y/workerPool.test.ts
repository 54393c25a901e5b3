import { afterAll, expect, test } from '@jest/globals'

import type { Finding } from '../analysis/types'

import { A11yBudgetError, WorkerPool } from './workerPool'

const pool = new WorkerPool(1)
afterAll(() => pool.close())

const check = (html: string, budgetMs = 30_000) =>
  pool.run({ html, kind: 'a11y', path: 'body', settings: {} }, budgetMs) as Promise<Finding[]>

test('the checks run in a worker thread: author rules and axe-core, in Swedish', async () => {
  const findings = await check('<p>Text</p><img src="/DSC_1.jpg"><button></button>')
  expect(findings.map((f) => f.ruleId)).toEqual(
    expect.arrayContaining(['a11y/image-alt', 'a11y/axe']),
  )
  expect(findings.find((f) => f.ruleId === 'a11y/axe')!.message).toMatch(/axe-core: button-name/)
})

test('HTML is read into blocks for the text rules in the worker too', async () => {
  const input = await pool.run({ html: '<h2>Rubrik</h2><p>Ett stycke.</p>', kind: 'text' }, 30_000)
  expect(input).toMatchObject({
    blocks: [
      { kind: 'heading', text: 'Rubrik' },
      { kind: 'paragraph', text: 'Ett stycke.' },
    ],
  })
})

test('a check over its budget is stopped, and the next check gets a fresh worker', async () => {
  await expect(check('<p><img src="/a.jpg"></p>'.repeat(5000), 1)).rejects.toBeInstanceOf(
    A11yBudgetError,
  )
  expect(await check('<img src="/b.jpg" alt="Karta över centrum">')).toEqual([])
})

test('checks wait their turn; each budget counts from when it was asked for', async () => {
  const [first, second] = await Promise.allSettled([
    check('<p><img src="/a.jpg" alt="Bild på en park"></p>'.repeat(1000)),
    check('<img src="/c.jpg">', 5),
  ])
  expect(first.status).toBe('fulfilled')
  expect(second).toMatchObject({ reason: expect.any(A11yBudgetError), status: 'rejected' })
})
