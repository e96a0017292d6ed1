// Narrated stepping and the accessible timeline in the built page: "next decision" moves the
// playhead to the engine's next decision record and shows and announces its sentence; the
// Narration tab follows the playhead and seeks on click; the timeline scrubs by keyboard and its
// grid rows select pods.
import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers/guards'
import { openPlayground, seek, snapshot } from './helpers/playground'

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.clear())
})

const caption = (page: Page) => page.getByTestId('narration-caption')
const narrator = (page: Page) => page.getByTestId('narrator')

test('next decision steps to each decision in turn, showing and announcing it; Shift+D goes back', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page)
  await seek(page, 0)

  await page.getByRole('button', { name: /^Next decision/ }).click()
  const first = await snapshot(page)
  expect(first.time).toBeGreaterThan(0)
  // The default lab's first decision is the Job controller creating a pod (its pod appears then).
  await expect(caption(page)).toHaveAttribute('data-kind', 'decision')
  await expect(caption(page)).toContainText('Job/demo-job-completion')
  const firstText = (await caption(page).locator('.narration-text').textContent())!
  await expect(narrator(page)).toContainText(firstText.replace(/^Job\/demo-job-completion: /, ''))

  await page.keyboard.press('d')
  const second = await snapshot(page)
  expect(second.time).toBeGreaterThanOrEqual(first.time)
  const secondText = (await caption(page).locator('.narration-text').textContent())!
  expect(secondText).not.toBe(firstText)
  await expect(narrator(page)).toContainText(secondText.replace(/^\S+: /, ''))

  await page.keyboard.press('Shift+D')
  expect((await snapshot(page)).time).toBe(first.time)
  await expect(caption(page).locator('.narration-text')).toHaveText(firstText)

  // The stepper steps by the kind chosen: a write names the file as the pods see it.
  await page.getByRole('combobox', { name: 'Step to' }).selectOption('write')
  await page.getByRole('button', { name: /^Next write/ }).click()
  await expect(caption(page)).toHaveAttribute('data-kind', 'write')
  await expect(caption(page).locator('.narration-text')).toHaveText(/^demo-job-completion-\w+ (appended|wrote) “.+” to \/data\/message\.txt$/)
  expect(problems).toEqual([])
})

test('the Narration tab highlights the item at the playhead and seeks where an item is clicked', async ({ page }) => {
  await openPlayground(page)
  await seek(page, 60_000)
  await page.getByRole('tab', { name: 'Narration' }).click()
  const current = page.locator('.narration-list li[aria-current="true"]')
  await expect(current).toHaveCount(1)
  await expect(current.locator('.narration-at')).toHaveText(/^(\d+(\.\d+)?s|1m)$/)
  const later = page.locator('.narration-list li.future').first()
  const at = (await later.locator('.narration-at').textContent())!
  await later.getByRole('button').click()
  const { time } = await snapshot(page)
  expect(time).toBeGreaterThan(60_000)
  await expect(page.locator('.narration-list li[aria-current="true"] .narration-at')).toHaveText(at)
  // The chart's caption line says the same item.
  await expect(caption(page).locator('.narration-at')).toHaveText(at)
})

test('with the timeline focused, ←/→ scrub the playhead (Shift further) and the grid selects a pod with Enter', async ({ page }) => {
  await openPlayground(page)
  await seek(page, 0)
  const { end } = await snapshot(page)
  const scroller = page.locator('.timeline-scroller')
  await scroller.focus()
  await page.keyboard.press('ArrowRight')
  const one = (await snapshot(page)).time
  // About a hundredth of the run, rounded down to a round step.
  expect(one).toBeGreaterThan(0)
  expect(one).toBeLessThanOrEqual(end / 100)
  await page.keyboard.press('Shift+ArrowRight')
  expect((await snapshot(page)).time).toBe(one * 11)
  await page.keyboard.press('ArrowLeft')
  expect((await snapshot(page)).time).toBe(one * 10)
  await expect(narrator(page)).toContainText(/^t = \d+s\./)
  await page.keyboard.press('End')
  expect((await snapshot(page)).time).toBe(end)

  // Tab from the chart reaches the grid, which shows itself over the bars.
  await page.keyboard.press('Tab')
  const grid = page.getByRole('grid', { name: 'Pods and Jobs over time' })
  await expect(grid).toBeVisible()
  const jobRow = grid.getByRole('row').nth(1)
  await expect(jobRow).toBeFocused()
  await expect(jobRow.getByRole('gridcell').nth(1)).toHaveText('Complete 5/5')
  await page.keyboard.press('ArrowDown')
  const podRow = grid.getByRole('row').nth(2)
  await expect(podRow).toBeFocused()
  await expect(podRow.getByRole('gridcell').nth(1)).toHaveText('Completed')
  await expect(podRow.getByRole('gridcell').nth(2)).toHaveText(/^Pending 0(\.\d)?s–.*, Completed \d+(\.\d)?s–$/)
  await page.keyboard.press('Home')
  expect((await snapshot(page)).time).toBe(0)
  await expect(podRow.getByRole('gridcell').nth(1)).toHaveText('not created yet')
  await page.keyboard.press('Enter')
  const name = (await podRow.getByRole('rowheader').textContent())!
  await expect.poll(() => page.evaluate(() => document.querySelector('.observer-meta.selection code')?.textContent ?? null)).toBe(name)
  await expect(podRow).toHaveAttribute('aria-selected', 'true')
  // The canvas says what it is.
  await expect(page.locator('canvas.timeline-bars')).toHaveAttribute('aria-label', /^Timeline chart: 5 pods of 1 Job over 4m\d+/)
})
