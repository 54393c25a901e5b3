// Builds the package into dist/: one ESM bundle per entry point (dependencies stay outside), the
// admin's client components with their 'use client' directive and CSS, and the type declarations
// (tsc). Run from the package folder: `npm run build`.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname))
const dist = path.join(root, 'dist')
fs.rmSync(dist, { force: true, recursive: true })

const shared = {
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  // Every dependency and peer is the host's to install: nothing of theirs is bundled.
  packages: 'external',
  target: 'es2022',
}

/**
 * A server component that renders a client one ('use client' at its top) must import it across
 * the client boundary: from the package's client entry, which keeps the directive, not bundled
 * into the server bundle, where the directive would be lost.
 */
const clientBoundary = {
  name: 'client-boundary',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.includes(`${path.sep}admin${path.sep}`)) return undefined
      for (const extension of ['.tsx', '.ts']) {
        const file = path.resolve(args.resolveDir, `${args.path}${extension}`)
        if (!fs.existsSync(file)) continue
        const code = fs.readFileSync(file, 'utf8')
        if (!/^'use client'/.test(code)) return undefined
        if (fs.readFileSync(args.importer, 'utf8').startsWith("'use client'")) return undefined
        return { external: true, path: '@klarkoll/payload-plugin/client' }
      }
      return undefined
    })
  },
}

await build({
  ...shared,
  entryPoints: {
    'cli/audit': 'cli/audit.ts',
    'cli/bin': 'cli/bin.ts',
    'cli/pageChecks': 'cli/pageChecks.ts',
    analysis: 'analysis/index.ts',
    index: 'index.ts',
    next: 'exports/next.ts',
    rsc: 'exports/rsc.ts',
  },
  absWorkingDir: root,
  outdir: dist,
  platform: 'node',
  plugins: [clientBoundary],
})
await build({
  ...shared,
  // React server components import the client ones by this directive.
  banner: { js: "'use client'" },
  entryPoints: { client: 'exports/client.ts' },
  absWorkingDir: root,
  outdir: dist,
  platform: 'browser',
})

// The command line's entry runs as a program.
const bin = path.join(dist, 'cli', 'bin.js')
fs.writeFileSync(bin, `#!/usr/bin/env node\n${fs.readFileSync(bin, 'utf8')}`)
fs.chmodSync(bin, 0o755)

// esbuild writes an entry's CSS beside it; the entry imports it, so the host's bundler loads it.
for (const name of ['client', 'rsc']) {
  const js = path.join(dist, `${name}.js`)
  if (!fs.existsSync(path.join(dist, `${name}.css`))) continue
  const code = fs.readFileSync(js, 'utf8')
  const directive = code.startsWith("'use client'") ? "'use client'\n" : ''
  fs.writeFileSync(js, `${directive}import './${name}.css'\n${code.slice(directive.length)}`)
}

execFileSync(
  process.execPath,
  [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  { cwd: root, stdio: 'inherit' },
)
const files = fs.readdirSync(dist, { recursive: true })
console.log(`dist/: ${files.length} filer`)
