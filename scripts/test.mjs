// `npm test`: the whole suite. Unit, integration (SQLite) and start-up tests with Jest; the
// integration suite again on PostgreSQL when TEST_POSTGRES_URL is set; then the end-to-end tests
// in Chromium; then the adoption test (the package installed into a new Payload site). Prints
// each runner's own summary and one total line at the end.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const results = 'test-results'
fs.mkdirSync(results, { recursive: true })
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const totals = { failed: 0, passed: 0 }
const problems = []

const run = (label, command, args, env = {}) => {
  console.log(`\n━━ ${label} ━━\n`)
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' })
  if (result.status !== 0) {
    problems.push(`${label}: avslutades med kod ${result.status ?? result.signal}`)
  }
}

const countJest = (file) => {
  if (!fs.existsSync(file)) return
  const report = JSON.parse(fs.readFileSync(file, 'utf8'))
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests + report.numRuntimeErrorTestSuites
}

const jest = (label, projects, outputFile, env) => {
  fs.rmSync(outputFile, { force: true })
  run(
    label,
    'npx',
    [
      'jest',
      '--maxWorkers=2',
      '--selectProjects',
      ...projects,
      '--json',
      `--outputFile=${outputFile}`,
    ],
    { NODE_OPTIONS: '--no-deprecation --experimental-vm-modules', ...env },
  )
  countJest(outputFile)
}

jest(
  'Jest: enhet, integration (SQLite), uppstart',
  ['unit', 'integration', 'system'],
  `${results}/jest-sqlite.json`,
  {
    TEST_POSTGRES_URL: '',
  },
)

if (process.env.TEST_POSTGRES_URL) {
  jest('Jest: integration (PostgreSQL)', ['integration'], `${results}/jest-postgres.json`, {})
} else {
  console.log('\nTEST_POSTGRES_URL är inte satt: integrationstesterna körs bara mot SQLite.')
}

if (fs.existsSync(chromium)) {
  fs.rmSync(`${results}/e2e.json`, { force: true })
  run('Playwright: end-to-end i Chromium', 'npx', ['playwright', 'test'], {
    CHROMIUM_PATH: chromium,
  })
  if (fs.existsSync(`${results}/e2e.json`)) {
    const { stats } = JSON.parse(fs.readFileSync(`${results}/e2e.json`, 'utf8'))
    totals.passed += stats.expected + stats.flaky
    totals.failed += stats.unexpected
  }
} else {
  problems.push(
    `Chromium saknas (${chromium}): installera med "apt-get install -y chromium" eller sätt CHROMIUM_PATH`,
  )
}

if (fs.existsSync(chromium)) {
  // The package as a municipality installs it: npm pack, a new Payload site, build, start, try.
  fs.rmSync(`${results}/adoption.json`, { force: true })
  run('Adoption: paketet i en ny Payload-webbplats', process.execPath, ['test/adoption/run.mjs'], {
    CHROMIUM_PATH: chromium,
  })
  if (fs.existsSync(`${results}/adoption.json`)) {
    const adoption = JSON.parse(fs.readFileSync(`${results}/adoption.json`, 'utf8'))
    totals.passed += adoption.passed
    totals.failed += adoption.failed
  }
}

console.log('')
for (const problem of problems) console.log(`✗ ${problem}`)
console.log(`Totalt: ${totals.passed} passed, ${totals.failed} failed`)
process.exit(problems.length > 0 || totals.failed > 0 ? 1 : 0)
