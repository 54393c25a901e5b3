import { type Browser, chromium } from 'playwright-core'

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

export const launchChromium = (): Promise<Browser> => chromium.launch(chromiumLaunchOptions)
