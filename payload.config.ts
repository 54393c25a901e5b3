import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createConfig } from './lib/createConfig'

const rootDir = path.dirname(fileURLToPath(import.meta.url))

export default createConfig({ databaseUri: process.env.DATABASE_URI, rootDir })
