/**
 * `npx klarkoll <kommando>`: the package's command line. Each command is a Payload bin script the
 * plugin registers (`payload klarkoll:audit`), so it runs with the host's config and .env.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const commands: Record<string, { help: string; key: string }> = {
  audit: { help: 'granskar om alla dokument med de nuvarande reglerna', key: 'klarkoll:audit' },
  sidkontroll: {
    help: 'kontrollerar de publicerade sidorna i Chromium (--collection, --id)',
    key: 'klarkoll:sidkontroll',
  },
}

const [command, ...rest] = process.argv.slice(2)
const chosen = command ? commands[command] : undefined
if (!chosen) {
  console.log(
    [
      'Användning: npx klarkoll <kommando> / Usage: npx klarkoll <command>',
      '',
      ...Object.entries(commands).map(([name, { help }]) => `  ${name.padEnd(12)} ${help}`),
    ].join('\n'),
  )
  process.exit(command === undefined || command === 'hjälp' || command === '--help' ? 0 : 1)
}
// Payload's CLI with Lexical's plain builds: on Node 20 its top-level awaits can otherwise leave
// the command hanging with nothing run.
const payloadBin = path.join(process.cwd(), 'node_modules', 'payload', 'bin.js')
const condition = process.env.NODE_ENV === 'production' ? 'production' : 'development'
const result = fs.existsSync(payloadBin)
  ? spawnSync(process.execPath, [`--conditions=${condition}`, payloadBin, chosen.key, ...rest], {
      stdio: 'inherit',
    })
  : spawnSync('npx', ['payload', chosen.key, ...rest], { stdio: 'inherit' })
process.exit(result.status ?? 1)
