// Embed mode in the built page (docs/EMBED.md): two frames on one host page answer only to
// their own frame id; teaching events and resize reach the host; Monaco loads only on Edit;
// read-only hides it; an embed leaves the learner's localStorage alone.
import { expect, test, type Frame, type Page } from '@playwright/test'
import { watchPage } from './helpers/guards'

interface Msg { type: string; frame: string; time?: number; height?: number; [k: string]: unknown }
type Side = 'left' | 'right'

const messages = (page: Page, side: Side): Promise<Msg[]> =>
  page.evaluate((s) => (window as unknown as { demoMessages: Record<string, Msg[]> }).demoMessages[s]!, side)

/** Posts a command to one iframe, as a host page would (the envelope's frame id is `frame`). */
const sendTo = (page: Page, iframe: Side, frame: string, body: object) =>
  page.evaluate(({ iframe, frame, body }) => {
    const el = document.getElementById(`frame-${iframe}`) as HTMLIFrameElement
    el.contentWindow!.postMessage({ target: 'jobs-playground', frame, ...body }, location.origin)
  }, { iframe, frame, body })

const embedded = (page: Page, side: Side): Frame => page.frames().find((f) => f.url().includes(`frame=${side}`))!
const playhead = (f: Frame) => f.evaluate(() => window.__playground.state().time)

async function openDemo(page: Page) {
  await page.goto('/embed-demo.html')
  for (const side of ['left', 'right'] as const) {
    await expect.poll(async () => (await messages(page, side)).some((m) => m.type === 'ready'), { timeout: 20_000 }).toBe(true)
  }
}

test.describe('the embed demo page', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('both frames say ready; play drives one frame only, which reports job events and its size', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!)
    await openDemo(page)
    const ready = (await messages(page, 'left')).find((m) => m.type === 'ready')
    expect(ready).toMatchObject({ frame: 'left', lesson: 'job-completions', version: 1 })
    expect((await messages(page, 'right')).find((m) => m.type === 'ready')).toMatchObject({ frame: 'right', lesson: 'job-parallelism' })

    await page.getByRole('combobox', { name: 'Speed (left)' }).selectOption('100')
    await page.getByRole('button', { name: 'Play (left)' }).click()
    await expect.poll(async () => (await messages(page, 'left')).filter((m) => m.type === 'job' && m.completions === '1/5').length, { timeout: 20_000 }).toBe(1)

    const left = await messages(page, 'left')
    expect(left.filter((m) => m.type === 'job').map((m) => m.completions)).toEqual(expect.arrayContaining(['0/5', '1/5']))
    expect(left.some((m) => m.type === 'pod' && m.status === 'Running')).toBe(true)
    expect(left.some((m) => m.type === 'state' && m.playing === true)).toBe(true)
    // The host sized the iframe to the last height the frame reported.
    const resize = left.filter((m) => m.type === 'resize').at(-1)
    expect(resize?.height).toBeGreaterThan(200)
    expect(await page.locator('#frame-left').evaluate((el) => el.clientHeight)).toBe(resize!.height)

    // The other embed did not move and said nothing but its handshake and size.
    expect(await playhead(embedded(page, 'right'))).toBe(0)
    const right = await messages(page, 'right')
    expect(new Set(right.map((m) => m.type))).toEqual(new Set(['ready', 'state', 'resize']))
    expect(right.every((m) => m.frame === 'right' && (m.time ?? 0) === 0)).toBe(true)

    await page.getByRole('button', { name: 'Pause (left)' }).click()
    expect(problems).toEqual([])
  })

  test('a command with another frame id is ignored; the right one is obeyed', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!)
    await openDemo(page)
    const before = (await messages(page, 'left')).length
    await sendTo(page, 'left', 'right', { type: 'seek', time: 30_000 })
    await sendTo(page, 'left', 'nope', { type: 'play' })
    await page.waitForTimeout(400)
    expect(await playhead(embedded(page, 'left'))).toBe(0)
    expect(await playhead(embedded(page, 'right'))).toBe(0)
    expect((await messages(page, 'left')).slice(before).filter((m) => m.type !== 'resize')).toEqual([])

    await sendTo(page, 'left', 'left', { type: 'seek', time: 30_000 })
    await expect.poll(() => playhead(embedded(page, 'left'))).toBe(30_000)
    await expect.poll(async () => (await messages(page, 'left')).some((m) => m.type === 'state' && m.time === 30_000)).toBe(true)
    expect(problems).toEqual([])
  })

  test('load replaces one frame\'s scenario and says ready; a bad load is an error and changes nothing', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!)
    await openDemo(page)
    const count = async (type: string) => (await messages(page, 'right')).filter((m) => m.type === type).length
    await sendTo(page, 'right', 'right', { type: 'load', yaml: 'steps: [' })
    await expect.poll(() => count('error')).toBe(1)
    expect(await count('ready')).toBe(1)

    await sendTo(page, 'right', 'right', { type: 'load', lesson: 'job-suspend' })
    await expect.poll(() => count('ready')).toBe(2)
    expect((await messages(page, 'right')).filter((m) => m.type === 'ready').at(-1)).toMatchObject({ lesson: 'job-suspend' })
    await expect(page.frameLocator('#frame-right').locator('.embed-title')).toContainText(/suspend/i)
    // The left frame still shows its own lesson.
    await expect(page.frameLocator('#frame-left').locator('.embed-title')).toContainText(/completions/i)
    expect(problems).toEqual([])
  })
})

test.describe('one embed, 400 px wide', () => {
  test.use({ viewport: { width: 400, height: 800 } })

  test('shows the timeline and observer, and loads Monaco only when Edit is pressed', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!)
    const chunks: string[] = []
    page.on('request', (r) => chunks.push(r.url()))
    await page.goto('/?lesson=job-completions&embed=1&frame=solo')
    await page.waitForFunction(() => typeof window.__playground?.whenIdle === 'function')
    await page.evaluate(() => window.__playground.whenIdle())
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Observer' })).toBeVisible()
    await expect(page.locator('.monaco-editor')).toHaveCount(0)
    expect(chunks.filter((u) => /YamlEditor|editor\.worker/.test(u))).toEqual([])
    // Nothing sticks out of a narrow frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400)

    await page.getByRole('button', { name: 'Edit' }).click()
    await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
    expect(chunks.some((u) => u.includes('YamlEditor'))).toBe(true)
    expect(problems).toEqual([])
  })

  test('readonly=1 has no Edit button and no console', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!)
    await page.goto('/?lesson=job-completions&embed=1&readonly=1&view=timeline,console')
    await page.waitForFunction(() => typeof window.__playground?.whenIdle === 'function')
    await page.evaluate(() => window.__playground.whenIdle())
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'kubectl console' })).toHaveCount(0)
    await expect(page.getByTestId('page-notices')).toContainText('read-only embed')
    expect(problems).toEqual([])
  })

  test('autoplay and speed play the run; nothing is written to localStorage', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!)
    await page.goto('/?lesson=job-parallelism&embed=1&autoplay=1&speed=1000&frame=a')
    await page.waitForFunction(() => typeof window.__playground?.state === 'function')
    await expect.poll(() => page.evaluate(() => { const s = window.__playground.state(); return s.end > 0 && s.time === s.end }), { timeout: 20_000 }).toBe(true)
    // Playing to the end passes the lesson's checks: the full page would save progress here.
    expect(await page.evaluate(() => window.__playground.checks().some((c) => c.passed))).toBe(true)
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jobs-playground:')))).toEqual([])
    expect(problems).toEqual([])
  })
})
