#!/usr/bin/env node
// Installs dependencies when node_modules is missing or older than package-lock.json, so that
// `npm start`, `npm test` and `npm run sim` work on a fresh clone with nothing but Node.
// It never downloads a browser (Playwright packages have no install script).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const quiet = process.argv.includes('--quiet')
const stamp = join(root, 'node_modules', '.jobs-playground-deps')
const log = (msg) => process.stderr.write(`${msg}\n`)

const hash = createHash('sha256')
for (const f of ['package.json', 'package-lock.json']) {
  if (existsSync(join(root, f))) hash.update(readFileSync(join(root, f)))
}
const want = hash.digest('hex')
const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : ''
if (have === want) process.exit(0)

const useCi = existsSync(join(root, 'package-lock.json'))
log(`Installing dependencies (npm ${useCi ? 'ci' : 'install'}) …`)
const r = spawnSync('npm', [useCi ? 'ci' : 'install', '--no-audit', '--no-fund'], {
  cwd: root,
  // stdout goes to stderr so that `npm run sim -- --json` output stays clean.
  stdio: ['ignore', quiet ? 'ignore' : process.stderr, 'inherit'],
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
})
if (r.status !== 0) {
  log('Dependency installation failed; see the npm output above.')
  process.exit(r.status ?? 1)
}
writeFileSync(stamp, `${want}\n`)
