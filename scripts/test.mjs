#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Stops at the first failing step.
import { spawnSync } from 'node:child_process'
import { findChromium, HOW_TO_INSTALL } from './find-chromium.mjs'

const steps = [
  ['type-check', ['npm', 'run', '-s', 'typecheck']],
  ['lint', ['npm', 'run', '-s', 'lint']],
  ['unit tests', ['npm', 'run', '-s', 'unit']],
  ['production build', ['npm', 'run', '-s', 'build']],
  ['end-to-end tests (Chromium)', ['npm', 'run', '-s', 'e2e']],
]

if (!(await findChromium())) {
  console.error(HOW_TO_INSTALL)
  process.exit(1)
}

const started = Date.now()
for (const [name, [cmd, ...args]] of steps) {
  const t0 = Date.now()
  console.log(`\n▶ ${name}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  const secs = ((Date.now() - t0) / 1000).toFixed(1)
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed after ${secs}s`)
    process.exit(r.status ?? 1)
  }
  console.log(`✔ ${name} (${secs}s)`)
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)}s`)
