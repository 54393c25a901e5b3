// `npm run bench:* `: bundles a benchmark with esbuild, as Next bundles the engine for the admin
// and the server, and runs it with --expose-gc so heap figures are taken after a collection.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const entry = process.argv[2]
if (!entry) {
  console.error('Användning: node scripts/bench.mjs bench/<namn>.ts')
  process.exit(1)
}
// Inside node_modules, so the bundle's bare imports resolve to the project's packages.
const outfile = path.join(
  'node_modules/.cache/klarkoll-bench',
  `${path.basename(entry, '.ts')}.mjs`,
)
await build({
  bundle: true,
  entryPoints: [entry],
  format: 'esm',
  logLevel: 'warning',
  outfile,
  packages: 'external',
  platform: 'node',
  target: 'node20',
})
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(3)], {
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
