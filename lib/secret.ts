import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export class MissingSecretError extends Error {
  constructor() {
    super(
      'PAYLOAD_SECRET saknas. I produktion måste PAYLOAD_SECRET vara en lång slumpmässig sträng ' +
        '(till exempel från `openssl rand -hex 32`) som är densamma för alla instanser. / ' +
        'PAYLOAD_SECRET is required in production.',
    )
    this.name = 'MissingSecretError'
  }
}

type Env = Record<string, string | undefined>

/**
 * PAYLOAD_SECRET signs sessions. Production must set it; elsewhere one is generated once and kept
 * in a file under data/, so sessions survive restarts without anyone having to configure it.
 */
export const resolvePayloadSecret = ({ dataDir, env }: { dataDir: string; env: Env }): string => {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) {
    return fromEnv
  }
  if (env.NODE_ENV === 'production') {
    // `next build` imports the config with NODE_ENV=production but serves nothing.
    if (env.NEXT_PHASE === 'phase-production-build') {
      return 'build-time-placeholder-never-used-to-sign'
    }
    throw new MissingSecretError()
  }
  const file = path.join(dataDir, 'payload-secret')
  try {
    const kept = fs.readFileSync(file, 'utf8').trim()
    if (kept) {
      return kept
    }
  } catch {
    // Not created yet.
  }
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
