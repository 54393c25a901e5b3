// After `npm install`: the registry reachable here serves only some platforms' builds of native
// packages (@swc/core, @next/swc, …), so npm leaves the others out of package-lock.json, and
// `npm ci` then refuses the lock as out of sync. This adds those optional packages back with the
// os/cpu they are built for, which is what npm itself records; npm ci skips them on this machine.
import fs from 'node:fs'

const file = 'package-lock.json'
const lock = JSON.parse(fs.readFileSync(file, 'utf8'))
const packages = lock.packages

const osNames = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix']
const cpuNames = ['arm64', 'x64', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32']

const platformOf = (name) => {
  const parts = name.split('/').at(-1).split('-')
  const os = parts.find((part) => osNames.includes(part))
  let cpu = parts.find((part) => cpuNames.includes(part))
  if (!cpu && parts.includes('arm')) cpu = 'arm'
  if (!os || !cpu) return undefined
  const platform = { cpu: [cpu], os: [os] }
  if (os === 'linux') {
    platform.libc = [parts.some((part) => part.startsWith('musl')) ? 'musl' : 'glibc']
  }
  return platform
}

let added = 0
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`
    if (packages[nested] || packages[`node_modules/${name}`]) continue
    const platform = platformOf(name)
    if (!platform) {
      console.warn(`Okänd plattform för ${name}: lägg till den för hand.`)
      continue
    }
    packages[`node_modules/${name}`] = {
      version,
      ...platform,
      license: entry.license,
      optional: true,
    }
    added++
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
)
lock.packages = sorted
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`package-lock.json: ${added} plattformspaket tillagda.`)
