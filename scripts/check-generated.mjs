// CI: the committed import map and generated types must match the config. Payload only writes
// them at dev start or on request, so a change that forgot to regenerate them is caught here.
import { spawnSync } from 'node:child_process'

const files = [
  'src/app/(payload)/admin/importMap.js',
  'payload-types.ts',
  'plugins/klarkoll/a11y/worker/source.generated.ts',
  'plugins/klarkoll/audit/source.generated.ts',
  'plugins/klarkoll/admin/worker/source.generated.ts',
  'plugins/klarkoll/analysis/data/verbLexicon.generated.ts',
]
// The lexicon first: the workers bundle the engine that reads it.
for (const script of ['scripts/build-verb-lexicon.mjs', 'scripts/build-workers.mjs']) {
  const built = spawnSync('node', [script], { stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
for (const command of ['generate:importmap', 'generate:types']) {
  // The default database: SQL adapters give numeric IDs, MongoDB string IDs.
  const result = spawnSync('node', ['scripts/payload.mjs', command], {
    env: { ...process.env, DATABASE_URI: '' },
    stdio: 'inherit',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
spawnSync('npx', ['prettier', '--write', ...files], { stdio: 'ignore' })
const diff = spawnSync('git', ['diff', '--exit-code', '--stat', '--', ...files], {
  stdio: 'inherit',
})
if (diff.status !== 0) {
  console.error(
    'Genererade filer är inaktuella: kör "npm run generate:lexicon && npm run generate:importmap && npm run generate:types && npm run generate:workers" och checka in dem.',
  )
  process.exit(1)
}
console.log('Import map, typer, verblexikonet och arbetstrådarna stämmer med källkoden.')
