// The app for the end-to-end tests: `npm run dev` on a fresh SQLite file of its own.
import { spawn } from 'node:child_process'
import fs from 'node:fs'

fs.rmSync('data/e2e', { force: true, recursive: true })
const child = spawn('node', ['scripts/dev.mjs'], {
  env: {
    ...process.env,
    DATABASE_URI: 'file:./data/e2e/klarkoll.db',
    // The tests run the job queue themselves; a background run would compete for the two cores.
    JOBS_AUTORUN: 'off',
    PORT: process.env.E2E_PORT,
  },
  stdio: 'inherit',
})
child.on('exit', (code) => process.exit(code ?? 1))
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal))
}
