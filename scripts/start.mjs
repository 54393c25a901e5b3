// `npm start`: production. Connects once first, so migrations run and a missing secret or an
// unreachable database stops the start with a clear message instead of failing the first request.
import { spawn } from 'node:child_process'

const port = process.env.PORT || '3000'

const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    })
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)))
  })

const checked = await run('node', ['scripts/payload.mjs', 'run', 'scripts/preflight.ts'])
if (checked !== 0) {
  process.exit(checked)
}
process.exit(await run('npx', ['next', 'start', '--port', port]))
