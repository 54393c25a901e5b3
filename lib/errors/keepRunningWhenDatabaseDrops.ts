import type { Payload } from 'payload'

type Pool = { on?: (event: 'error', listener: (error: Error) => void) => void }

/**
 * node-postgres emits 'error' on the pool when the server closes an idle connection (a restart,
 * a failover). Without a listener that is an uncaught exception and the whole app exits. With
 * one, the broken connection is dropped, requests meanwhile get a 503 (swedishErrors), and the
 * next request connects again.
 */
export const keepRunningWhenDatabaseDrops = (payload: Payload): void => {
  const pool = (payload.db as { pool?: Pool }).pool
  pool?.on?.('error', (error) => {
    payload.logger.warn(
      { err: error },
      'Anslutningen till databasen bröts; nästa förfrågan ansluter på nytt.',
    )
  })
}
