import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
/** axe-core's Swedish messages; the rendered-page check configures axe in Chromium with it too. */
export const swedishLocale = require('axe-core/locales/sv.json') as object
