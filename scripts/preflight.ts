/** Connects to the database (applying migrations in production) and exits: used by `npm start`. */
import { startPayload } from './loadConfig'

const payload = await startPayload()
// console, not the logger: pino writes asynchronously and `payload run` exits right after.
console.log(`Databasen (${payload.db.name}) svarar och är migrerad.`)
await payload.destroy()
