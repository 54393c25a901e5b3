// Payload's CLI (`node scripts/payload.mjs run scripts/seed.ts`, `… migrate:create`), started so
// that it cannot hang. Lexical's Node entry points load their code with a top-level await, and on
// Node 20 a graph with many of those sometimes never settles (exit code 13 or 0, having run
// nothing). The "development"/"production" export conditions point at Lexical's plain builds.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../node_modules/payload/bin.js', import.meta.url))
const condition = process.env.NODE_ENV === 'production' ? 'production' : 'development'
const nodeOptions = [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' ')

const child = spawn(
  process.execPath,
  [`--conditions=${condition}`, bin, ...process.argv.slice(2)],
  {
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
    stdio: 'inherit',
  },
)
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)))
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal))
}
