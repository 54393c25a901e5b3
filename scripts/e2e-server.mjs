// The app for the end-to-end tests, on a fresh SQLite file of its own: a production build
// (`next build`, migrations, demo content, `next start`) as residents and editors get it. On two
// cores the development server compiled and answered the admin's form-state requests several times
// slower, and the admin walkthroughs took most of CI's 40 minutes. E2E_DEV=1 runs `npm run dev`
// instead, for working on the tests.
import { spawn } from 'node:child_process'
import fs from 'node:fs'

fs.rmSync('data/e2e', { force: true, recursive: true })

const env = {
  ...process.env,
  DATABASE_URI: 'file:./data/e2e/klarkoll.db',
  // The tests run the job queue themselves; a background run would compete for the two cores.
  JOBS_AUTORUN: 'off',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim(),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-secret-not-for-production',
  PORT: process.env.E2E_PORT,
}

let child
const run = (command, args, extra = {}) =>
  new Promise((resolve) => {
    child = spawn(command, args, { env: { ...env, ...extra }, stdio: 'inherit' })
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)))
  })
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child?.kill(signal)
    process.exit(1)
  })
}

if (process.env.E2E_DEV === '1') {
  process.exit(await run('node', ['scripts/dev.mjs']))
}

const production = { NODE_ENV: 'production' }
const steps = [
  // E2E_SKIP_BUILD=1 reuses a build you made yourself (`npm run build`).
  ...(process.env.E2E_SKIP_BUILD === '1' ? [] : [['npx', ['next', 'build']]]),
  // Applies the committed migrations to the new database, as `npm start` does.
  ['node', ['scripts/payload.mjs', 'run', 'scripts/preflight.ts'], production],
  [
    'node',
    ['scripts/payload.mjs', 'run', 'scripts/seed.ts'],
    { ...production, SEED_IF_EMPTY: '1' },
  ],
]
for (const [command, args, extra] of steps) {
  const code = await run(command, args, extra)
  if (code !== 0) process.exit(code)
}
process.exit(await run('npx', ['next', 'start', '--port', env.PORT], production))
