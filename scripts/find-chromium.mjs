// Finds the Chromium that Playwright should drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else a browser Playwright downloaded earlier. The project never downloads a browser itself.
import { existsSync } from 'node:fs'

export const HOW_TO_INSTALL = [
  'No Chromium found for the end-to-end tests.',
  'Install one with your package manager, for example on Debian or Ubuntu:',
  '  sudo apt-get install -y chromium',
  'or point CHROMIUM_PATH at an existing Chromium or Chrome binary:',
  '  CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n')

export async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  for (const c of candidates) if (c && existsSync(c)) return c
  try {
    const { chromium } = await import('@playwright/test')
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // Playwright not installed yet, or it has no browser of its own: fall through.
  }
  return null
}
