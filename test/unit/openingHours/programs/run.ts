import { execFile, execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Runs one of these programs in its own Node process with the given TZ and parses its JSON. */
export const runWithTimeZone = (program: string, tz: string, args: string[] = []): any =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', path.join(here, program), ...args], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', TZ: tz },
    }),
  )

/** As runWithTimeZone, without blocking: several time zones run side by side. */
export const runWithTimeZoneAsync = (
  program: string,
  tz: string,
  args: string[] = [],
): Promise<any> =>
  new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(here, program), ...args],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', TZ: tz }, maxBuffer: 64 << 20 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))),
    )
  })
