// Lessons, checks and share links in the built page: a `?lesson=` link opens its lesson and
// plays to the end with every observe check ticked; a shared link replays the same run in a
// fresh browser; a damaged link opens the default lesson with a message, never an error.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers/guards'
import { openPlayground, snapshot } from './helpers/playground'

// Wide enough that the lesson panel opens by default beside the editor.
test.use({ viewport: { width: 1440, height: 860 } })

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.clear())
})

async function playToEnd(page: Page) {
  await page.evaluate(() => window.__playground.setSpeed(1000))
  await page.getByRole('button', { name: /^Play/ }).click()
  const { end } = await snapshot(page)
  await expect.poll(async () => (await snapshot(page)).time).toBe(end)
}

// Every lesson folder, read when the tests are collected, so a new lesson is played here without
// anyone remembering to list it; the next test holds the folders and the page's gallery together.
const LESSON_DIR = fileURLToPath(new URL('../src/scenario/lessons/', import.meta.url))
const LESSON_IDS = readdirSync(LESSON_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(LESSON_DIR, d.name, 'lesson.ts'))).map((d) => d.name).sort()

test('the gallery lists exactly the lesson folders, and All lessons opens one of them', async ({ page }) => {
  await openPlayground(page)
  const lessons = await page.evaluate(() => window.__playground.lessons())
  expect(lessons.map((l) => l.id).sort()).toEqual(LESSON_IDS)
  await page.getByRole('button', { name: 'All lessons' }).click()
  const dialog = page.getByRole('dialog', { name: 'All lessons' })
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('.gallery-card')).toHaveCount(lessons.length)
  await expect(dialog.locator('.gallery-card[aria-current="true"]')).toContainText(lessons[0]!.title)
  await dialog.locator(`.gallery-card[data-lesson="${lessons[2]!.id}"]`).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('combobox', { name: 'Lesson' })).toHaveValue(lessons[2]!.id)
  await page.evaluate(() => window.__playground.whenIdle())
  // Progress shows on the card after the lesson has been played.
  await playToEnd(page)
  await page.getByRole('button', { name: 'All lessons' }).click()
  const played = dialog.locator(`.gallery-card[data-lesson="${lessons[2]!.id}"]`)
  const total = (await page.evaluate(() => window.__playground.checks())).filter((c) => c.kind === 'observe').length
  await expect(played.locator('.card-progress')).toContainText(`seen ${total}/${total}`)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

for (const id of LESSON_IDS) {
  test(`?lesson=${id} opens the lesson and plays to the end with every observe check ticked`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!)
    await openPlayground(page, `/?lesson=${id}`)
    const lessons = await page.evaluate(() => window.__playground.lessons())
    const title = lessons.find((l) => l.id === id)?.title
    expect(title).toBeDefined()
    await expect(page.getByRole('combobox', { name: 'Lesson' })).toHaveValue(id)
    await expect(page.locator('.lesson-title')).toHaveText(title!)
    const observe = page.locator('.checklist[data-kind="observe"] li')
    const atStart = (await page.evaluate(() => window.__playground.checks())).filter((c) => c.kind === 'observe')
    expect(atStart.length).toBeGreaterThan(0)
    expect(atStart.some((c) => !c.passed)).toBe(true)
    await expect(observe).toHaveCount(atStart.length)

    await playToEnd(page)
    const atEnd = (await page.evaluate(() => window.__playground.checks())).filter((c) => c.kind === 'observe')
    expect(atEnd.filter((c) => !c.passed)).toEqual([])
    await expect(page.locator('.checklist[data-kind="observe"] li[data-passed="true"]')).toHaveCount(atStart.length)
    expect(problems).toEqual([])
  })
}

test('the page opens the default lesson; a paragraph link moves the playhead; next goes on', async ({ page }) => {
  await openPlayground(page)
  await expect(page.getByRole('combobox', { name: 'Lesson' })).toHaveValue('job-completions')
  await page.locator('.lesson-text .jump').nth(1).click()
  expect((await snapshot(page)).time).toBeGreaterThan(0)
  await page.getByRole('button', { name: /^Next lesson/ }).click()
  await page.evaluate(() => window.__playground.whenIdle())
  await expect(page.getByRole('combobox', { name: 'Lesson' })).toHaveValue('job-parallelism')
  expect((await snapshot(page)).jobs[0]?.name).toBe('demo-job-parallelism')
})

const TWO_COMPLETIONS = `apiVersion: batch/v1
kind: Job
metadata:
  name: demo-job-completion
spec:
  completions: 2
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: writer
          image: busybox
          command: ["/bin/sh", "-c", "sleep 20"]
`

/** Pod names and the Job's final status: the run as the learner sees it. */
async function finalRun(page: Page) {
  await page.evaluate(() => window.__playground.seek(window.__playground.state().end))
  const s = await snapshot(page)
  return { pods: s.pods.map((p) => p.name), jobs: s.jobs }
}

test('a shared, modified scenario replays the same run in a fresh browser context', async ({ page, browser, baseURL }) => {
  await openPlayground(page)
  await page.evaluate((yaml) => window.__playground.load(yaml), TWO_COMPLETIONS)
  const before = await finalRun(page)
  expect(before.jobs).toEqual([{ name: 'demo-job-completion', status: 'Complete', completions: '2/2' }])
  expect(before.pods).toHaveLength(2)
  await page.evaluate(() => window.__playground.seek(25_000))

  await page.getByRole('button', { name: 'Share' }).click()
  const field = page.getByRole('textbox', { name: 'Link to this scenario' })
  const url = await field.inputValue()
  expect(url).toMatch(/#s=1\.[A-Za-z0-9_-]+$/)
  expect(url).toBe(await page.evaluate(() => window.__playground.shareUrl()))
  await expect(page.getByTestId('share-length')).toHaveText(`${url.length} characters`)
  expect(url.length).toBeLessThan(2000)

  const fresh = await browser.newContext({ baseURL: baseURL! })
  const other = await fresh.newPage()
  const problems = watchPage(other, baseURL!)
  await openPlayground(other, url.slice(baseURL!.length))
  expect((await snapshot(other)).time).toBe(25_000)
  expect(await finalRun(other)).toEqual(before)
  await expect(other.locator('[data-pod]')).toHaveCount(2)
  await expect(other.locator('.status-banner')).toHaveCount(0)
  expect(problems).toEqual([])
  await fresh.close()
})

test('a malformed link opens the default lesson with a message and no console error', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page, '/#s=1.garbage')
  await expect(page.locator('.status-banner')).toContainText('This link could not be opened.')
  await expect(page.locator('.status-banner')).toContainText('Opening the lesson')
  await expect(page.getByRole('combobox', { name: 'Lesson' })).toHaveValue('job-completions')
  expect((await snapshot(page)).jobs[0]?.name).toBe('demo-job-completion')
  expect((await page.evaluate(() => window.__playground.checks())).length).toBeGreaterThan(0)
  expect(problems).toEqual([])
})

test('an unknown lesson id opens the default lesson and says so as plain text', async ({ page }) => {
  await openPlayground(page, '/?lesson=%3Cb%3Enope%3C%2Fb%3E')
  await expect(page.locator('.status-banner')).toContainText('There is no lesson "<b>nope</b>"')
  await expect(page.locator('.status-banner b')).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: 'Lesson' })).toHaveValue('job-completions')
})
