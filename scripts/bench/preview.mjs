// Shared by the browser benchmarks: builds the app when the build is missing or older than the
// sources, serves dist/ with `vite preview` on a free port, and launches the system Chromium with
// the same flags as the end-to-end tests (playwright.config.ts). Benchmarks, not tests: nothing
// here asserts; the scripts print what they measure.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { findChromium, HOW_TO_INSTALL } from '../find-chromium.mjs'

export const root = new URL('../..', import.meta.url).pathname

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage']

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

/** Builds unless dist/ is newer than every source file (or `--no-build` was given). */
export function buildIfNeeded(argv = process.argv) {
  const built = join(root, 'dist', 'index.html')
  if (argv.includes('--no-build') && existsSync(built)) return
  const sources = Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'index.html')).mtimeMs)
  if (existsSync(built) && statSync(built).mtimeMs > sources && !argv.includes('--build')) return
  console.error('building (vite build)…')
  const r = spawnSync('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) throw new Error('vite build failed')
}

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer()
  s.once('error', reject)
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address()
    s.close(() => resolve(port))
  })
})

/** Starts `vite preview` (the bin directly, so killing it frees the port: tooling pitfall 9). */
export async function startPreview() {
  const port = await freePort()
  const child = spawn('node', ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  const url = `http://127.0.0.1:${port}/`
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return { url, close: () => child.kill() }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill()
  throw new Error(`vite preview did not answer on ${url}`)
}

export async function launchChromium() {
  const executablePath = await findChromium()
  if (!executablePath) throw new Error(HOW_TO_INSTALL)
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}
