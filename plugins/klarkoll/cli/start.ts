import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

/** Ends a command with one clear line and exit code 1 instead of a stack trace. */
export const exitWith = (message: string): never => {
  console.error(`\nKlarkoll kan inte köra kommandot: ${message}\n`)
  process.exit(1)
}

/** Starts Payload for a command; an unreachable database ends the process with a clear line. */
export const startPayload = async (config: SanitizedConfig): Promise<Payload> => {
  try {
    return await getPayload({ config })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return exitWith(
      `databasen (${config.db.name}) svarar inte. Kontrollera anslutningen och att servern är igång. ${detail}`,
    )
  }
}
