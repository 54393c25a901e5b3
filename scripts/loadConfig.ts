import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

/**
 * Imports payload.config.ts and turns configuration mistakes (an unknown DATABASE_URI scheme, a
 * missing PAYLOAD_SECRET in production) into one clear line and exit code 1 instead of a stack trace.
 */
export const loadConfig = async (): Promise<SanitizedConfig> => {
  try {
    const mod = (await import('../payload.config')) as { default: Promise<SanitizedConfig> }
    return await mod.default
  } catch (error) {
    return exitWith(error)
  }
}

/** Starts Payload for a script; an unreachable database ends the process with exit code 1. */
export const startPayload = async (): Promise<Payload> => {
  const config = await loadConfig()
  try {
    return await getPayload({ config })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return exitWith(
      `databasen (${config.db.name}) svarar inte. Kontrollera DATABASE_URI och att servern är igång. ${detail}`,
    )
  }
}

export const exitWith = (error: unknown): never => {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`\nKlarkoll kan inte starta: ${message}\n`)
  process.exit(1)
}
