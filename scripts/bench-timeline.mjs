#!/usr/bin/env node
// `npm run bench:timeline`: frames per second while panning and zooming the timeline of a
// 5,000-pod Job in headless Chromium (DESIGN §6: never below 30 fps). A benchmark, not a test:
// it prints the figures and exits non-zero only when the page could not be driven.
//
// Frames are counted in the page with requestAnimationFrame timestamps, while Playwright sends
// wheel zooms and drag pans as fast as the page accepts them (each input waits for the page).
//   --seconds=N   how long to pan and zoom (default 5)    --pods=N   completions (default 5000)
//   --build       rebuild first                            --no-build use dist/ as it is
import { bigJobYaml } from './bench/bigJob.mjs'
import { buildIfNeeded, launchChromium, startPreview } from './bench/preview.mjs'

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const seconds = arg('seconds', 5)
const pods = arg('pods', 5000)

buildIfNeeded()
const server = await startPreview()
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.addInitScript(() => localStorage.clear())
  await page.goto(server.url)
  await page.waitForFunction(() => typeof window.__playground?.whenIdle === 'function')
  await page.evaluate(() => window.__playground.whenIdle())
  const t0 = Date.now()
  await page.evaluate((yaml) => window.__playground.load(yaml), bigJobYaml(pods, Math.min(500, pods)))
  const loadMs = Date.now() - t0
  // Pods that ever existed: the toolbar counts the timeline's pod rows.
  const loaded = { pods: Number((await page.locator('.pod-count').textContent())?.split(' ')[0]), end: await page.evaluate(() => window.__playground.state().end) }
  await page.evaluate(() => window.__playground.seek(window.__playground.state().end))
  const banner = (await page.locator('.status-banner').count()) ? await page.locator('.status-banner').textContent() : null
  if (banner) console.log(`status banner: ${banner}`)
  const rows = await page.locator('[data-pod]').count()
  console.log(`loaded ${loaded.pods} pods (simulate + draw ${loadMs} ms, run ends at ${Math.round(loaded.end / 1000)} s); ${rows} pod rows in the DOM`)
  if (loaded.pods < pods) throw new Error(`expected ${pods} pods, the page shows ${loaded.pods}`)

  const box = await page.locator('.timeline-scroller').boundingBox()
  if (!box) throw new Error('no timeline on the page')
  // Scroll the rows to the middle of the run, where bars are dense.
  await page.locator('.timeline-scroller').evaluate((el) => { el.scrollTop = el.scrollHeight / 2 })
  const cx = box.x + box.width * 0.6
  const cy = box.y + box.height / 2
  await page.mouse.move(cx, cy)

  const report = (label, frames, inputs) => {
    const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b)
    const span = frames.at(-1) - frames[0]
    const fps = ((frames.length - 1) / span) * 1000
    const p95 = gaps[Math.floor(gaps.length * 0.95)]
    console.log(`${label}: ${inputs} inputs in ${(span / 1000).toFixed(1)} s, ${frames.length - 1} frames`)
    console.log(`  fps ${fps.toFixed(1)} (median frame ${gaps[gaps.length >> 1].toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, worst ${gaps.at(-1).toFixed(1)} ms)`)
    return fps
  }
  const startFrames = () => page.evaluate(() => {
    window.__frames = []
    window.__stopFrames = false
    const tick = (t) => {
      window.__frames.push(t)
      if (!window.__stopFrames) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const stopFrames = () => page.evaluate(() => {
    window.__stopFrames = true
    return window.__frames
  })

  // 1. Trusted input from Playwright: each wheel or move waits until the page has taken it.
  await startFrames()
  const until = Date.now() + seconds * 1000
  let inputs = 0
  while (Date.now() < until) {
    // Zoom in around the pointer, pan right then left with a drag, zoom back out.
    for (let i = 0; i < 8; i++, inputs++) await page.mouse.wheel(0, -120)
    await page.mouse.down()
    for (let i = 1; i <= 15; i++, inputs++) await page.mouse.move(cx - i * 20, cy)
    for (let i = 14; i >= -15; i--, inputs++) await page.mouse.move(cx - i * 20, cy)
    await page.mouse.up()
    for (let i = 0; i < 8; i++, inputs++) await page.mouse.wheel(0, 120)
  }
  const trusted = report('trusted input (Playwright wheel and drag)', await stopFrames(), inputs)

  // 2. A steady stream, as a fast mouse or trackpad sends it: one wheel or drag event every
  // 8 ms (125 Hz, more than one per frame), dispatched in the page, whatever the page is doing.
  await startFrames()
  const streamed = await page.evaluate(({ ms, cx, cy }) => new Promise((resolve) => {
    const el = document.querySelector('.timeline-scroller')
    const mouse = (type, target, x) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: cy, button: 0, buttons: type === 'mouseup' ? 0 : 1 }))
    const script = []
    for (let i = 0; i < 8; i++) script.push(() => el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: cx, clientY: cy, deltaY: -120 })))
    script.push(() => mouse('mousedown', el, cx))
    for (let i = 1; i <= 15; i++) script.push(() => mouse('mousemove', window, cx - i * 20))
    for (let i = 14; i >= -15; i--) script.push(() => mouse('mousemove', window, cx - i * 20))
    script.push(() => mouse('mouseup', window, cx + 300))
    for (let i = 0; i < 8; i++) script.push(() => el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: cx, clientY: cy, deltaY: 120 })))
    const stopAt = performance.now() + ms
    let n = 0
    const step = () => {
      if (performance.now() >= stopAt) return resolve(n)
      script[n++ % script.length]()
      setTimeout(step, 8)
    }
    step()
  }), { ms: seconds * 1000, cx, cy })
  const steady = report('steady 125 Hz input (in-page wheel and drag events)', await stopFrames(), streamed)

  const worst = Math.min(trusted, steady)
  console.log(`fps: ${worst.toFixed(1)} (the lower of the two)`)
  console.log(worst > 30 ? 'target (> 30 fps) met' : 'target (> 30 fps) NOT met')
} finally {
  await browser.close()
  server.close()
}
