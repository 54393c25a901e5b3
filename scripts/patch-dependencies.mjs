// Runs after `npm install` / `npm ci` (postinstall). Applies upstream fixes that Payload has merged
// but not yet released for 3.x; each patch checks the exact text it replaces, so a Payload
// upgrade that already contains the fix (or changed the code) is reported instead of broken.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Every installed copy of a package: hoisted, and nested under other @payloadcms packages. */
const copiesOf = (name, file) => {
  const root = path.join(process.cwd(), 'node_modules')
  const scoped = path.join(root, '@payloadcms')
  const nested = existsSync(scoped)
    ? readdirSync(scoped).map((dir) => path.join(scoped, dir, 'node_modules'))
    : []
  return [root, ...nested]
    .map((modules) => path.join(modules, name, file))
    .filter((candidate) => existsSync(candidate))
}

const patches = [
  {
    // payloadcms/payload#17142, fixed by #17144 (4.x) and #17145 (3.x, unreleased): a hasMany
    // select two array levels deep (opening hours → periods → weekly → days) crashed every
    // published save on SQLite and PostgreSQL, because the nested call lost the map from array
    // row uuids to the version table's ids.
    description: 'drizzle: nested hasMany select in versioned arrays (payload#17142)',
    files: copiesOf('@payloadcms/drizzle', 'dist/upsertRow/insertArrays.js'),
    from: `                arrays: row.arrays,
                db,
                parentRows: insertedRows
            });`,
    to: `                arrays: row.arrays,
                db,
                parentRows: insertedRows,
                uuidMap
            });`,
  },
  {
    // Not reported upstream from here (no network). Two app instances working the job queue at
    // once: Payload deletes a finished job, and the other instance's update of that job returns
    // null from the SQL adapter; reading `.log` of it threw a TypeError out of jobs.run().
    description: 'payload: a job finished and deleted by another instance (updateJobs → null)',
    files: copiesOf('payload', 'dist/queues/utilities/updateJob.js'),
    from: `    return updatedJobs.map((updatedJob)=>{`,
    to: `    return updatedJobs.filter(Boolean).map((updatedJob)=>{`,
  },
]

let failed = false
for (const patch of patches) {
  if (patch.files.length === 0) {
    failed = true
    console.error(`Hittade inga filer att patcha för "${patch.description}".`)
  }
  for (const file of patch.files) {
    const source = readFileSync(file, 'utf8')
    if (source.includes(patch.to)) continue
    if (source.includes(patch.from)) {
      writeFileSync(file, source.replace(patch.from, patch.to))
      console.log(`Patch applicerad: ${patch.description} (${path.relative(process.cwd(), file)})`)
    } else {
      failed = true
      console.error(
        `Kunde inte applicera patchen "${patch.description}": koden i ${file} har ändrats. ` +
          'Kontrollera om den nya Payload-versionen redan har rättelsen och ta i så fall bort patchen.',
      )
    }
  }
}
process.exit(failed ? 1 : 0)
