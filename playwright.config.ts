import { defineConfig } from '@playwright/test'
import { findChromium, HOW_TO_INSTALL } from './scripts/find-chromium.mjs'

const executablePath = await findChromium()
if (!executablePath) throw new Error(HOW_TO_INSTALL)

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173)

// End-to-end tests run against the production build (`vite preview`), in the system Chromium,
// with the flags that keep Chromium from reaching out to the network.
export default defineConfig({
  testDir: './e2e',
  workers: 1,
  timeout: 60_000,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
  },
})
