import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createConfig } from './lib/createConfig'

const rootDir = path.dirname(fileURLToPath(import.meta.url))

const config = createConfig({ databaseUri: process.env.DATABASE_URI, rootDir })
// Handled where it is awaited (Next, `payload` commands, scripts/loadConfig.ts); without this
// Node would report a configuration error as an unhandled rejection before anyone awaits it.
config.catch(() => {})

export default config
