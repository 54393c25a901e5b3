import { defineConfig } from '@playwright/test'

import { chromiumLaunchOptions } from './plugins/klarkoll/pages/browser'

const port = Number(process.env.E2E_PORT ?? 3100)

export const e2eAdmin = {
  email: 'e2e-admin@exempelkommun.se',
  password: 'E2e-lösenord-för-test-1',
}

/**
 * End-to-end tests drive Debian's Chromium (Playwright cannot download browsers here) against
 * `npm run dev` on a fresh SQLite file seeded with the demo content.
 */
export default defineConfig({
  forbidOnly: Boolean(process.env.CI),
  globalSetup: './test/e2e/warmUp.ts',
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  retries: 0,
  testDir: 'test/e2e',
  timeout: 180_000,
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
    reuseExistingServer: false,
    stderr: 'pipe',
    stdout: 'pipe',
    timeout: 300_000,
    url: `http://localhost:${port}/admin/login`,
  },
  workers: 1,
})
