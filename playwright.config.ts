import { defineConfig } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { chromiumLaunchOptions } from './plugins/klarkoll/pages/browser'

// A port the operating system says is free, unless E2E_PORT names one: a fixed port failed the run
// for anyone with something else on it. Set in the environment so Playwright's workers, which
// load this file again, use the same one.
process.env.E2E_PORT ||= execFileSync(
  process.execPath,
  [fileURLToPath(new URL('./scripts/freePort.mjs', import.meta.url))],
  {
    encoding: 'utf8',
  },
)
const port = Number(process.env.E2E_PORT)

export const e2eAdmin = {
  email: 'e2e-admin@exempelkommun.se',
  password: 'E2e-lösenord-för-test-1',
}

/**
 * End-to-end tests drive Debian's Chromium (Playwright cannot download browsers here) against a
 * production build on a fresh SQLite file seeded with the demo content (scripts/e2e-server.mjs).
 */
export default defineConfig({
  forbidOnly: Boolean(process.env.CI),
  globalSetup: './test/e2e/warmUp.ts',
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  retries: 0,
  testDir: 'test/e2e',
  // The admin walkthroughs type every field of a long form; on a busy 2-core machine one took 3 min.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    env: {
      E2E_PORT: String(port),
      SEED_ADMIN_EMAIL: e2eAdmin.email,
      SEED_ADMIN_PASSWORD: e2eAdmin.password,
    },
    // E2E_REUSE_SERVER=1 with E2E_PORT: run against a dev server you already have running.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stderr: 'pipe',
    stdout: 'pipe',
    // A production build first (about 80 s on a quiet 2-core machine), then migrations and seed.
    timeout: 900_000,
    url: `http://localhost:${port}/admin/login`,
  },
  workers: 1,
})
