// `npm run dev`: seeds an empty database with demo content, then starts Next in development mode.
import { spawn } from 'node:child_process'

const port = process.env.PORT || '3000'

const run = (command, args, env = process.env) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)))
  })

const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim()
const env = { ...process.env, NODE_OPTIONS: nodeOptions }

const seeded = await run('node', ['scripts/payload.mjs', 'run', 'scripts/seed.ts'], {
  ...env,
  SEED_IF_EMPTY: '1',
})
if (seeded !== 0) {
  process.exit(seeded)
}
console.log(`\n  Exempelkommun: http://localhost:${port}/admin\n`)
process.exit(await run('npx', ['next', 'dev', '--port', port], env))
