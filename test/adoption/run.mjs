// The adoption test (issue 16.6): klarkoll as a municipality's developer gets it. Packs the
// workspace package, installs the tarball into a copy of test/adoption/host (a plain Payload site:
// its own `articles` and `news`, users without roles, SQLite) outside this repository, generates
// the import map, builds and starts it, and tries it over REST and in the admin in Chromium.
// Writes test-results/adoption.json for `npm test`'s total.
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'klarkoll-adoption-'))
const host = path.join(work, 'host')
const timings = {}
const results = []
const started = performance.now()

const step = (name, fn) => {
  const at = performance.now()
  console.log(`\n── ${name}`)
  const value = fn()
  timings[name] = Math.round((performance.now() - at) / 1000)
  return value
}
const sh = (command, args, options = {}) =>
  execFileSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    ...options,
  })

const check = async (name, fn) => {
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`  ✓ ${name}`)
  } catch (error) {
    results.push({ error: String(error?.stack ?? error), name, ok: false })
    console.log(`  ✗ ${name}\n${error?.stack ?? error}`)
  }
}

// 1. The package as npm would publish it.
step('bygg paketet', () =>
  sh('npm', ['run', 'build', '-w', '@klarkoll/payload-plugin'], { cwd: repo, stdio: 'inherit' }),
)
const [packed] = step('npm pack', () =>
  JSON.parse(
    sh(
      'npm',
      [
        'pack',
        '--json',
        '--ignore-scripts',
        '--pack-destination',
        work,
        '-w',
        '@klarkoll/payload-plugin',
      ],
      {
        cwd: repo,
      },
    ),
  ),
)
const tarball = path.join(work, packed.filename)
const shipped = packed.files.map((f) => f.path)
await check('paketet innehåller dist och README, inga tester eller källkod', () => {
  assert.ok(shipped.includes('dist/index.js') && shipped.includes('dist/client.js'))
  assert.ok(shipped.includes('README.md'))
  assert.deepEqual(
    shipped.filter(
      (p) => /\.test\.|(^|\/)test\//.test(p) || (/\.tsx?$/.test(p) && !p.endsWith('.d.ts')),
    ),
    [],
  )
})

// 2. A new host, outside this repository: nothing resolves from our node_modules.
fs.cpSync(path.join(repo, 'test', 'adoption', 'host'), host, {
  filter: (source) => !/node_modules|\.next|host\.db/.test(source),
  recursive: true,
})
// The host's commands run as in a developer's plain shell. Under `npm test` the environment
// carries npm's own variables (npm_config_*, npm_lifecycle_*, INIT_CWD) and this repository's
// node_modules/.bin on PATH: with them `npx payload …` in the host did nothing and exited 0 (CI saw
// an empty import map and no tables) or failed. ROOT_DIR or PAYLOAD_CONFIG_PATH would send
// Payload's CLI to another project.
const plain = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !/^npm_/i.test(key) && !['INIT_CWD', 'PAYLOAD_CONFIG_PATH', 'ROOT_DIR'].includes(key),
  ),
)
plain.PATH = (process.env.PATH ?? '')
  .split(path.delimiter)
  .filter((dir) => !dir.startsWith(repo) && !dir.includes(`${path.sep}node-gyp-bin`))
  .join(path.delimiter)
step('npm install <tarball>', () =>
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], {
    cwd: host,
    env: plain,
    stdio: 'inherit',
  }),
)
const env = {
  ...plain,
  DATABASE_URI: `file:${path.join(host, 'host.db')}`,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: '--no-deprecation',
  PAYLOAD_SECRET: 'adoption-test-secret-0123456789',
}
/**
 * `npx payload …` as the README says. Payload's CLI starts itself with a promise it does not
 * await (`void start()`, through tsx's loader); when that stalls, Node finds nothing left to do and
 * exits 0 having done nothing: CI twice saw an empty import map or no tables with no output at all.
 * A run that printed nothing is therefore repeated, said so in the log, at most twice more.
 */
const payloadCli = (args) => {
  for (let attempt = 1; ; attempt++) {
    const output = sh('npx', ['payload', ...args], { cwd: host, env })
    process.stdout.write(output)
    if (output.trim() !== '' || attempt === 3) return output
    console.log(
      `  (payload ${args.join(' ')} skrev ingenting och gjorde ingenting: försök ${attempt + 1})`,
    )
  }
}
step('payload generate:importmap', () => payloadCli(['generate:importmap']))
await check('importkartan pekar på paketets export, inte på en sökväg i ett repo', () => {
  const map = fs.readFileSync(path.join(host, 'src/app/(payload)/admin/importMap.js'), 'utf8')
  assert.match(
    map,
    /from '@klarkoll\/payload-plugin\/client'/,
    `importkartan:\n${map.slice(0, 600)}`,
  )
  assert.match(map, /"@klarkoll\/payload-plugin\/client#KlarkollPanel"/)
})
// A production server does not change its own schema: migrations, as Payload documents.
step('payload migrate', () => {
  payloadCli(['migrate:create', 'initial'])
  payloadCli(['migrate'])
})
step('next build', () => sh('npx', ['next', 'build'], { cwd: host, env, stdio: 'inherit' }))

// 3. Started as in production, tried as an editor would.
const port = sh(process.execPath, [path.join(repo, 'scripts', 'freePort.mjs')]).trim()
const base = `http://localhost:${port}`
const server = spawn('npx', ['next', 'start', '-p', port], {
  cwd: host,
  detached: true,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
})
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}
process.on('exit', stop)

try {
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`${base}/api/users/me`).then(
      (r) => r.status < 500,
      () => false,
    )
    if (up) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const user = { email: 'redaktor@exempelkommun.se', password: 'Adoption-lösenord-1' }
  const json = { 'Content-Type': 'application/json' }
  const registered = await fetch(`${base}/api/users/first-register`, {
    body: JSON.stringify({ ...user, name: 'Redaktör' }),
    headers: json,
    method: 'POST',
  })
  assert.equal(registered.status, 200, await registered.clone().text())
  const { token } = await (
    await fetch(`${base}/api/users/login`, {
      body: JSON.stringify(user),
      headers: json,
      method: 'POST',
    })
  ).json()
  const auth = { ...json, Authorization: `JWT ${token}` }
  const paragraph = (text) => ({
    root: {
      children: [
        {
          children: [
            { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 },
          ],
          direction: 'ltr',
          format: '',
          indent: 0,
          type: 'paragraph',
          version: 1,
        },
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  })
  const bureaucratic =
    'Den sökande äger rätt att erhålla besked om huruvida bygglov erfordras för den planerade åtgärden, varvid det åligger den sökande att tillse att samtliga erforderliga handlingar inkommer till byggnadsnämnden i god tid innan åtgärden påbörjas, då handläggningen annars icke kan påbörjas. Ansökningshandlingarna ska i förekommande fall kompletteras med konstruktionsritningar, situationsplan och nybyggnadskarta, varefter byggnadsnämndens handläggare genomför en fullständighetsprövning av ärendet i enlighet med gällande bestämmelser i plan- och bygglagen.'
  const plain =
    'Du kan söka bygglov hos oss. Skicka in ritningar och en karta. Vi svarar inom fyra veckor. Ring oss om du har frågor.'

  let publishedId
  await check(
    'byråkratisk svenska i en artikel: publiceringen nekas med svenskt meddelande på fältet',
    async () => {
      const res = await fetch(`${base}/api/articles`, {
        body: JSON.stringify({
          _status: 'published',
          body: paragraph(bureaucratic),
          title: 'Bygglov',
        }),
        headers: auth,
        method: 'POST',
      })
      assert.equal(res.status, 400)
      const body = await res.json()
      const errors = body.errors[0].data.errors
      const onBody = errors.find((e) => e.path === 'body')
      assert.ok(onBody, JSON.stringify(errors))
      assert.match(onBody.message, /LIX|Lång mening|Skriv hellre/)
    },
  )
  await check('klar svenska: artikeln publiceras, med klarkolls rapport', async () => {
    const res = await fetch(`${base}/api/articles`, {
      body: JSON.stringify({ _status: 'published', body: paragraph(plain), title: 'Bygglov' }),
      headers: auth,
      method: 'POST',
    })
    assert.equal(res.status, 201, await res.clone().text())
    const { doc } = await res.json()
    assert.equal(doc._status, 'published')
    assert.ok(['ok', 'warnings'].includes(doc.klarkoll.status), doc.klarkoll.status)
    publishedId = doc.id
  })
  await check('en nyhet i en textarea granskas också', async () => {
    const refused = await fetch(`${base}/api/news`, {
      body: JSON.stringify({ _status: 'published', headline: 'Bygglov', text: bureaucratic }),
      headers: auth,
      method: 'POST',
    })
    assert.equal(refused.status, 400)
    const ok = await fetch(`${base}/api/news`, {
      body: JSON.stringify({ _status: 'published', headline: 'Bygglov', text: plain }),
      headers: auth,
      method: 'POST',
    })
    assert.equal(ok.status, 201)
  })
  await check(
    'webbplatsens egen regel (customRules) nekar publiceringen med sitt meddelande',
    async () => {
      const res = await fetch(`${base}/api/news`, {
        body: JSON.stringify({
          _status: 'published',
          headline: 'Bygglov',
          text: `${plain} Välkommen till Exempel kommun.`,
        }),
        headers: auth,
        method: 'POST',
      })
      assert.equal(res.status, 400, await res.clone().text())
      const { errors } = await res.json()
      const messages = errors[0].data.errors.map((e) => e.message).join('\n')
      assert.match(messages, /Kommunens namn stavas "Exempelkommun", inte "Exempel kommun"/)
    },
  )
  await check('adminläget visar klarkolls panel i artikelns redigeringsvy (Chromium)', async () => {
    const browser = await chromium.launch({
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    })
    try {
      const page = await browser.newPage({ baseURL: base })
      await page.goto('/admin/login')
      await page.locator('input[name="email"]').fill(user.email)
      await page.locator('input[name="password"]').fill(user.password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
      await page.goto(`/admin/collections/articles/${publishedId}`)
      const panel = page.getByTestId('klarkoll-panel')
      await panel.waitFor({ timeout: 120_000 })
      assert.match(await panel.innerText(), /Klarkoll/)
      assert.match(await panel.innerText(), /LIX/)
    } finally {
      await browser.close()
    }
  })
} catch (error) {
  results.push({
    error: String(error?.stack ?? error),
    name: 'värden startar och tar emot en användare',
    ok: false,
  })
  console.log(error)
} finally {
  stop()
}

// The package's command line, with the host's config: the audit re-checks what was published.
await new Promise((resolve) => setTimeout(resolve, 1000))
await check('npx klarkoll audit granskar om värdens dokument', () => {
  const out = sh('npx', ['klarkoll', 'audit'], { cwd: host, env })
  assert.match(out, /Klarkoll – granskning av alla dokument/)
  for (const collection of ['articles', 'news']) {
    const documents = Number(new RegExp(`'${collection}'\\s*│\\s*(\\d+)`).exec(out)?.[1])
    assert.ok(documents >= 1, `${collection}: ${documents} dokument granskade`)
  }
})

const summary = {
  failed: results.filter((r) => !r.ok).length,
  packedBytes: packed.size,
  passed: results.filter((r) => r.ok).length,
  results,
  seconds: Math.round((performance.now() - started) / 1000),
  timings,
  unpackedBytes: packed.unpackedSize,
}
fs.mkdirSync(path.join(repo, 'test-results'), { recursive: true })
fs.writeFileSync(path.join(repo, 'test-results', 'adoption.json'), JSON.stringify(summary, null, 2))
console.log(
  `\nPaket: ${(packed.size / 1024).toFixed(0)} kB packat, ${(packed.unpackedSize / 1024).toFixed(0)} kB uppackat, ${packed.entryCount} filer.`,
)
console.log(
  `Steg (s): ${Object.entries(timings)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
)
console.log(
  `Adoptionstestet: ${summary.passed} passed, ${summary.failed} failed på ${summary.seconds} s.`,
)
if (summary.failed === 0) fs.rmSync(work, { force: true, recursive: true })
process.exit(summary.failed > 0 ? 1 : 0)
