/** Connects to the database (applying migrations in production) and exits: used by `npm start`. */
import { startPayload } from './loadConfig'

const payload = await startPayload()
payload.logger.info(`Databasen (${payload.db.name}) svarar och är migrerad.`)
await payload.destroy()
