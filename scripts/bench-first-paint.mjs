#!/usr/bin/env node
// `npm run bench:paint`: how soon the built page shows something useful, from `vite preview`
// in headless Chromium, over 3 cold loads (a fresh browser context each, so nothing is cached):
// first contentful paint, when the timeline shows the first run (the later of the page's
// performance mark `timeline-drawn`, set after the frame with the rows, and the first contentful
// paint) and when Monaco is on screen (mark `editor-visible`).
// Also the first-paint JS: the entry chunk and what index.html preloads, gzip (DESIGN §6: under
// 300 KB; timeline under 1 s, Monaco later). A benchmark, not a test: it prints the figures.
//   --runs=N (default 3)   --build rebuild first   --no-build use dist/ as it is
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildIfNeeded, launchChromium, root, startPreview } from './bench/preview.mjs'

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3)
const kb = (n) => `${(n / 1024).toFixed(1)} KB`

buildIfNeeded()

// What the browser must fetch and run before the first paint: index.html's module script and
// modulepreloads (lazy chunks such as Monaco, xterm and the engine are not among them).
const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8')
const firstPaintJs = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1])
let raw = 0
let gz = 0
for (const f of firstPaintJs) {
  const bytes = readFileSync(join(root, 'dist', f))
  raw += bytes.length
  gz += gzipSync(bytes, { level: 9 }).length
  console.log(`first-paint JS: ${f}  ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`)
}
console.log(`first-paint JS total: ${kb(raw)} raw, ${kb(gz)} gzip (target < 300 KB gzip)`)

const server = await startPreview()
const browser = await launchChromium()
const results = []
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.goto(server.url)
    const marks = await page.evaluate(() => new Promise((resolve) => {
      const read = () => {
        const at = (name) => performance.getEntriesByName(name)[0]?.startTime
        const got = { fcp: at('first-contentful-paint'), timeline: at('timeline-drawn'), editor: at('editor-visible') }
        if (got.fcp !== undefined && got.timeline !== undefined && got.editor !== undefined) resolve(got)
        else setTimeout(read, 20)
      }
      read()
    }))
    // The timeline is on screen once it is drawn and the page has painted content at all (the
    // paint entry is when Chromium presented the frame, which can come after the mark).
    marks.timeline = Math.max(marks.timeline, marks.fcp)
    results.push(marks)
    console.log(`run ${i + 1}: first contentful paint ${marks.fcp.toFixed(0)} ms · timeline on screen ${marks.timeline.toFixed(0)} ms · Monaco visible ${marks.editor.toFixed(0)} ms`)
    await context.close()
  }
} finally {
  await browser.close()
  server.close()
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
const m = { fcp: median(results.map((r) => r.fcp)), timeline: median(results.map((r) => r.timeline)), editor: median(results.map((r) => r.editor)) }
console.log(`median of ${runs}: first contentful paint ${m.fcp.toFixed(0)} ms · timeline on screen ${m.timeline.toFixed(0)} ms · Monaco visible ${m.editor.toFixed(0)} ms`)
console.log(m.timeline < 1000 && m.editor > m.timeline ? 'target (timeline < 1 s, Monaco after it) met' : 'target (timeline < 1 s, Monaco after it) NOT met')
