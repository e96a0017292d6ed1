// Screenshots for people to look at, mid-run and finished, light and dark. `npm test` writes them
// under test-results/; `npm run screenshots` refreshes the committed ones in docs/screenshots/.
import { test } from '@playwright/test'
import { editorReady, openPlayground, seek } from './helpers/playground'

const dir = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots, ${theme}`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 860 })
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await page.addInitScript(() => localStorage.clear())
    await openPlayground(page)
    await editorReady(page)
    await page.locator('.xterm').waitFor()
    await seek(page, 130_000)
    await page.screenshot({ path: `${dir}/mid-run-${theme}.png` })
    await seek(page, 'end')
    await page.screenshot({ path: `${dir}/finished-${theme}.png` })
  })
}

test('screenshot, narrow (400 px)', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 860 })
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
  await page.addInitScript(() => localStorage.clear())
  await openPlayground(page)
  await editorReady(page)
  await seek(page, 130_000)
  await page.screenshot({ path: `${dir}/narrow-light.png`, fullPage: true })
})

test('screenshot, lesson panel open (light)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 860 })
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
  await page.addInitScript(() => localStorage.clear())
  await openPlayground(page, '/?lesson=job-completions')
  await editorReady(page)
  await page.locator('.lesson-panel').waitFor()
  await seek(page, 130_000)
  await page.screenshot({ path: `${dir}/lesson-light.png` })
})

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot, compare mode (${theme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 860 })
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await page.addInitScript(() => localStorage.clear())
    await openPlayground(page, '/?lesson=job-parallelism')
    await editorReady(page)
    await page.getByRole('button', { name: 'Lesson', exact: true }).click()
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await page.getByLabel('Make B from A with one change').selectOption({ label: 'parallelism 5 vs 2' })
    await page.waitForFunction(() => {
      const c = window.__playground.compare()
      return c.open && c.idle && c.rows.length > 0
    })
    await page.locator('[data-testid="yaml-editor-b"] .view-lines span[class^="mtk"]:not(.mtk1)').first().waitFor()
    await seek(page, 30_000)
    await page.screenshot({ path: `${dir}/compare-${theme}.png` })
  })
}
