#!/usr/bin/env node
// Runs a TypeScript entry point of the project as built code: bundled by esbuild (packages stay
// external) into node_modules/.cache, then imported. The `sim` command and the benchmarks run the
// engine as it ships to the browser, not through a development loader: tsx keeps function names,
// which wraps every closure the engine creates and made the 10,000-pod benchmark measurably slower.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { basename } from 'node:path'
import { pathToFileURL } from 'node:url'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  process.stderr.write('usage: node scripts/run-built.mjs ENTRY.ts [ARGS...]\n')
  process.exit(2)
}
const root = new URL('..', import.meta.url).pathname
// One file per process, so two runs at once never read each other's half-written bundle.
const out = `${root}node_modules/.cache/jobs-playground/${basename(entry).replace(/\.ts$/, '')}-${process.pid}.mjs`
await build({
  entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20',
  packages: 'external', outfile: out, logLevel: 'warning', absWorkingDir: root,
})
process.argv = [process.argv[0], out, ...args]
try {
  await import(pathToFileURL(out).href)
} finally {
  rmSync(out, { force: true })
}
