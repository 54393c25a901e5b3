import type { Browser } from 'playwright-core'

/**
 * Debian's Chromium, headless, without the background services that would phone home. Playwright
 * cannot download its own browser here, so the executable is the system one. The end-to-end tests
 * start their browser with the same options.
 */
export const chromiumLaunchOptions = {
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
}

/** Playwright is optional for a site that installs klarkoll: only the rendered-page check needs it. */
export const pageCheckMissing =
  'klarkoll: sidkontrollen är avstängd, eftersom playwright-core och @axe-core/playwright inte är installerade ' +
  '(npm install playwright-core @axe-core/playwright). / The rendered-page check is off: install playwright-core and @axe-core/playwright.'

export const loadPlaywright = async () => {
  try {
    const [{ chromium }, { default: AxeBuilder }] = await Promise.all([
      import('playwright-core'),
      import('@axe-core/playwright'),
    ])
    return { AxeBuilder, chromium }
  } catch {
    throw new Error(pageCheckMissing)
  }
}

/** Chromium at the site's `chromiumPath` (CHROMIUM_PATH, else Debian's /usr/bin/chromium). */
export const launchChromium = async (
  executablePath = chromiumLaunchOptions.executablePath,
): Promise<Browser> =>
  (await loadPlaywright()).chromium.launch({ ...chromiumLaunchOptions, executablePath })
