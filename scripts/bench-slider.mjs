#!/usr/bin/env node
// `npm run bench:slider`: how long a what-if slider step takes to show, for each seed lab, in
// headless Chromium: from changing a number (the slider's code path below the editor:
// `window.__playground.whatIf`, which edits the file and asks for a live, coalesced run) to the
// redrawn timeline being painted. Target: within 100 ms. A benchmark, not a test: it prints the
// figures and exits non-zero only when the page could not be driven.
//   --steps=N   changes per lab (default 9)   --build   rebuild first   --no-build   use dist/ as it is
import { loadavg } from 'node:os'
import { buildIfNeeded, launchChromium, startPreview } from './bench/preview.mjs'

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const steps = arg('steps', 9)
const TARGET_MS = 100

// Each seed lab (src/scenario/labs) and the lesson that ships it.
const LABS = [
  ['completion', 'job-completions'], ['parallelism', 'job-parallelism'],
  ['completion-gt-parallelism', 'job-completions-gt-parallelism'], ['completion-lt-parallelism', 'job-completions-lt-parallelism'],
  ['backoff-limit', 'job-backoff-limit'], ['deadline', 'job-active-deadline'], ['indexed', 'job-indexed-env'],
  ['indexed-annotation', 'job-indexed-annotation'], ['observer-write', 'job-observer-writer'], ['init-containers', 'job-init-containers'],
  ['suspend', 'job-suspend'], ['pod-communication', 'job-pod-communication'],
]

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return { median: s[s.length >> 1], max: s.at(-1) }
}

buildIfNeeded()
const server = await startPreview()
const browser = await launchChromium()
let worst = 0
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.addInitScript(() => localStorage.clear())
  await page.goto(server.url)
  await page.waitForFunction(() => typeof window.__playground?.whenIdle === 'function')
  await page.evaluate(() => window.__playground.whenIdle())
  // Other work on the machine shows up in every figure: say how busy it was.
  // Warm-up, not counted: the first runs after page load pay for the worker's and the page's JIT
  // compilation, which a learner pays once per visit, not on every drag.
  await page.evaluate(async () => {
    const [t] = await window.__playground.whatIfTargets()
    if (t) for (const d of [1, 2, 0]) await window.__playground.whatIf(t.path, t.value + d, t.file)
  })
  console.log(`what-if step → painted timeline, ${steps} steps per lab after a 3-step warm-up (target ${TARGET_MS} ms); load average ${loadavg()[0].toFixed(1)}`)
  for (const [lab, lesson] of LABS) {
    await page.evaluate((id) => window.__playground.openLesson(id), lesson)
    const targets = await page.evaluate(() => window.__playground.whatIfTargets())
    // A Job spec field if there is one (it changes the most), else the first sleep.
    const target = targets.find((t) => !t.path.includes('#')) ?? targets[0]
    if (!target) {
      console.log(`  ${lab.padEnd(28)} no tunable number in its files`)
      continue
    }
    // Up and down around the shipped value, staying in the slider's range.
    const values = Array.from({ length: steps }, (_, i) => Math.max(target.min, Math.min(target.max, target.value + [1, 2, 1, 0, -1, 0][i % 6])))
    const times = await page.evaluate(async ({ file, path, values }) => {
      const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      const out = []
      for (const v of values) {
        const t0 = performance.now()
        await window.__playground.whatIf(path, v, file)
        await painted()
        out.push(performance.now() - t0)
      }
      return out
    }, { file: target.file, path: target.path, values })
    // A fast drag: ten steps a frame apart without waiting; the last value must be what is drawn.
    const burst = await page.evaluate(async ({ file, path, from, max }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(r))
      const pending = []
      let last = 0
      for (let i = 1; i <= 10; i++) {
        last = performance.now()
        pending.push(window.__playground.whatIf(path, Math.min(max, from + (i % 3)), file))
        await frame()
      }
      await Promise.all(pending)
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      return performance.now() - last
    }, { file: target.file, path: target.path, from: target.value, max: target.max })
    const { median, max } = stats(times)
    worst = Math.max(worst, max)
    console.log(`  ${lab.padEnd(26)} ${target.path.replace(/^spec\.template\.spec\./, '…').padEnd(30)} median ${median.toFixed(0).padStart(4)} ms  max ${max.toFixed(0).padStart(4)} ms` +
      `  (fast drag: last step drawn ${burst.toFixed(0)} ms after it)`)
  }
  console.log(worst <= TARGET_MS ? `target (≤ ${TARGET_MS} ms) met` : `target (≤ ${TARGET_MS} ms) NOT met: worst step ${worst.toFixed(0)} ms`)
} finally {
  await browser.close()
  server.close()
}
