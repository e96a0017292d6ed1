// Editing the Job in Monaco as a learner does (keystrokes, not the page API), against the real
// engine in its Web Worker: the timeline follows the text, and the apiserver's errors land on the
// line they are about.
import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers/guards'
import { editorReady, openPlayground, seek, snapshot } from './helpers/playground'

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.clear())
})

/** Replaces `from` with `to` through Monaco's find/replace widget (tooling.md pitfall 11). */
async function replaceInEditor(page: Page, from: string, to: string) {
  await page.locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('Control+h')
  const find = page.locator('.find-widget textarea[aria-label="Find"]')
  await expect(find).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.type(from)
  await expect(page.locator('.find-widget .matchesCount')).toHaveText(/^1 of \d+$/)
  await page.locator('.find-widget textarea[aria-label="Replace"]').click()
  await page.keyboard.type(to)
  await page.keyboard.press('Control+Alt+Enter')
  await page.keyboard.press('Escape')
}

/** Waits for the edit to be simulated and drawn. */
async function settled(page: Page) {
  await expect.poll(() => page.evaluate(() => window.__playground.whenIdle().then(() => true))).toBe(true)
}

test('typing completions: 3 in the editor gives 3 pod rows and Complete 3/3', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page)
  await editorReady(page)
  await replaceInEditor(page, 'completions: 5', 'completions: 3')
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('completions: 3')
  await expect(page.locator('.monaco-editor .view-lines').first()).not.toContainText('completions: 5')
  await expect(page.locator('.pod-count')).toHaveText('3 pods')
  await settled(page)

  await page.evaluate(() => window.__playground.setSpeed(1000))
  await page.getByRole('button', { name: /^Play/ }).click()
  const { end } = await snapshot(page)
  await expect.poll(async () => (await snapshot(page)).time).toBe(end)

  await expect(page.locator('[data-pod]')).toHaveCount(3)
  await expect(page.getByTestId('job-status')).toHaveText('demo-job-completion: Complete 3/3')
  const state = await snapshot(page)
  expect(state.jobs).toEqual([{ name: 'demo-job-completion', status: 'Complete', completions: '3/3' }])
  expect(state.pods.map((p) => p.status)).toEqual(['Completed', 'Completed', 'Completed'])
  await expect(page.locator('.file-lines li[data-writer]')).toHaveCount(6)
  expect(problems).toEqual([])
})

test('an invalid Job gets the apiserver error as a marker on its line, and the old timeline stays', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page)
  await editorReady(page)
  // Click the `completions: 5` line (click waits until the line stands still: Monaco may still be
  // laying out), go to its end and start a new line; Enter's auto-indent lines it up.
  await page.locator('.monaco-editor .view-line', { hasText: 'completions: 5' }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('parallelism: -1')
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('parallelism: -1')
  await settled(page)

  const message = 'spec.parallelism: Invalid value: -1: must be greater than or equal to 0'
  await expect(page.locator('.status-banner')).toContainText(message)
  await expect(page.locator('.status-banner')).toContainText('demo-job-completion.yaml:7')
  await expect(page.locator('.timeline-view.stale')).toBeVisible()
  await expect(page.locator('[data-pod]')).toHaveCount(5)
  // The marker is drawn on the `parallelism: -1` line; hovering it shows the apiserver's text.
  const squiggle = page.locator('.monaco-editor .squiggly-error')
  await expect(squiggle).toHaveCount(1)
  const [mark, line] = await Promise.all([squiggle.boundingBox(), page.locator('.monaco-editor .view-line', { hasText: 'parallelism: -1' }).boundingBox()])
  expect(mark!.y).toBeGreaterThanOrEqual(line!.y - 1)
  expect(mark!.y + mark!.height).toBeLessThanOrEqual(line!.y + line!.height + 1)
  await page.locator('.monaco-editor .view-line span span', { hasText: 'parallelism' }).first().hover()
  await expect(page.locator('.monaco-hover:not(.hidden)').first()).toContainText(message, { timeout: 15_000 })

  // Fixing the text brings the timeline back to life.
  await replaceInEditor(page, 'parallelism: -1', 'parallelism: 2')
  await settled(page)
  await expect(page.locator('.status-banner')).toHaveCount(0)
  await expect(page.locator('.timeline-view.stale')).toHaveCount(0)
  expect(problems).toEqual([])
})

test('kubectl get pods -w in the console prints rows as time plays, until Ctrl-C', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page)
  await page.locator('.xterm').waitFor()
  await page.locator('.console-host').click()
  await page.keyboard.type('kubectl get pods -w')
  await page.keyboard.press('Enter')
  const screen = page.locator('.xterm-rows')
  await expect(screen).toContainText('(watching: rows appear as time plays')
  // At t = 0 no pod has reached Completed yet: the watch must not print the future.
  await expect(screen).not.toContainText('Completed')
  await page.evaluate(() => window.__playground.setSpeed(1000))
  await page.evaluate(() => window.__playground.play())
  await expect(screen).toContainText(/Completed\s+0\s+/, { timeout: 15_000 })
  await page.keyboard.press('Control+C')
  await expect(screen).toContainText('^C')
  await page.keyboard.type('kubectl get jobs')
  await page.keyboard.press('Enter')
  await expect(screen).toContainText(/demo-job-completion\s+(Running|Complete)/)
  expect(problems).toEqual([])
})

test('kubectl get pods typed in the console prints the pods at the playhead', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page)
  await seek(page, 'end')
  const pods = (await snapshot(page)).pods.map((p) => p.name)
  await page.locator('.xterm').waitFor()
  await page.locator('.console-host').click()
  await page.keyboard.type('kubectl get pods')
  await page.keyboard.press('Enter')
  const screen = page.locator('.xterm-rows')
  await expect(screen).toContainText('NAME')
  for (const name of pods) await expect(screen).toContainText(name)
  await expect(screen).toContainText(/Completed\s+0\s+/)
  expect(problems).toEqual([])
})
