// The what-if slider: a number in the editor gets a slider; moving it re-simulates at once and
// the timeline follows; Ctrl-Z in the editor puts the number (and the run) back in one step.
// Facts: the seed lab "Job with Completion > parallelism" (completions 5, parallelism 2) runs
// waves of 2, 2, 1 and completes 5/5; with parallelism 5 the Job controller wants
// min(parallelism, completions − succeeded) = 5 active pods, so all five start at once.
import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers/guards'
import { editorReady, openPlayground, seek, snapshot } from './helpers/playground'

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.clear())
})

const JOB = 'demo-job-completion-lg-parallelism'
const lines = (page: Page) => page.locator('.monaco-editor .view-lines').first()

/** Pods that exist at 20 s (after the first wave has started, before any pod finished). */
async function podsAt20s(page: Page) {
  await page.evaluate(() => window.__playground.whenIdle())
  await seek(page, 20_000)
  return (await snapshot(page)).pods.length
}

test('dragging parallelism 2 → 5 with the slider re-simulates; Ctrl-Z restores it', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page, '/?lesson=job-completions-gt-parallelism')
  await editorReady(page)
  expect(await podsAt20s(page)).toBe(2)

  // Rest the pointer on the number: the slider appears beside it, labelled, at the file's value.
  const line = page.locator('.view-line', { hasText: 'parallelism: 2' })
  await line.locator('span span', { hasText: /^2$/ }).hover()
  const slider = page.getByRole('slider', { name: 'What if: parallelism' })
  await expect(slider).toBeVisible()
  await expect(slider).toHaveValue('2')

  // Keyboard: three steps right, one undo stop for the whole run of key presses.
  await slider.focus()
  for (let i = 0; i < 3; i++) await slider.press('ArrowRight')
  await expect(slider).toHaveValue('5')
  await expect(lines(page)).toContainText('parallelism: 5')
  await expect.poll(() => podsAt20s(page)).toBe(5)
  await expect(page.locator('[data-pod]')).toHaveCount(5)
  await seek(page, 'end')
  const done = await snapshot(page)
  expect(done.jobs).toEqual([{ name: JOB, status: 'Complete', completions: '5/5' }])
  // One wave instead of three: it finishes well before the seed's ~117 s.
  expect(done.end).toBeLessThan(90_000)

  // Back to the editor; Ctrl-Z undoes the whole slider session.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+z')
  await expect(lines(page)).toContainText('parallelism: 2')
  await expect.poll(() => podsAt20s(page)).toBe(2)
  await seek(page, 'end')
  expect((await snapshot(page)).jobs).toEqual([{ name: JOB, status: 'Complete', completions: '5/5' }])
  expect(problems).toEqual([])
})

test('the slider is reachable from the keyboard: Alt+S on a number, Escape back', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page, '/?lesson=job-completions-gt-parallelism')
  await editorReady(page)
  await page.locator('.view-line', { hasText: 'completions: 5' }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Alt+s')
  const slider = page.getByRole('slider', { name: 'What if: completions' })
  await expect(slider).toBeFocused()
  await slider.press('ArrowLeft')
  await expect(lines(page)).toContainText('completions: 4')
  await page.keyboard.press('Escape')
  // Monaco marks its root `focused` while its text has the focus.
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/\bfocused\b/)
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe('What if: completions')
  await expect.poll(async () => {
    await page.evaluate(() => window.__playground.whenIdle())
    await seek(page, 'end')
    return (await snapshot(page)).jobs
  }).toEqual([{ name: JOB, status: 'Complete', completions: '4/4' }])
  expect(problems).toEqual([])
})
