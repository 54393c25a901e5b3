import { expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'

import { rootDir } from '../helpers/payload'

/** `npm run a11y:pages -- …` as a developer types it; its arguments are checked before anything runs. */
const pageChecks = (args: string[]): Promise<{ code: null | number; output: string }> =>
  new Promise((resolve) => {
    const child = spawn('node', ['scripts/payload.mjs', 'klarkoll:sidkontroll', ...args], {
      cwd: rootDir,
      // Arguments are refused before the site or the database is needed.
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation', SITE_URL: 'http://localhost:9' },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })

test('an unknown collection is named, with the ones that can be checked', async () => {
  const run = await pageChecks(['--collection', 'sidor'])
  expect(run.code).toBe(1)
  expect(run.output).toContain(
    'samlingen "sidor" har inga publika sidor att kontrollera. Välj en av: e-services, pages.',
  )
}, 100_000)

test('--id needs --collection', async () => {
  const run = await pageChecks(['--id', '2'])
  expect(run.code).toBe(1)
  expect(run.output).toContain(
    'ange samlingen med --collection när du väljer ett dokument med --id.',
  )
}, 100_000)
