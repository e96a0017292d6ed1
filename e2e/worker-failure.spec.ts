// A simulation worker that cannot run (here: its script fails to load, as when it crashes) gives a
// clear message where the learner is looking; the editor keeps the text, and "try again" recovers.
import { expect, test } from '@playwright/test'
import { editorReady, openPlayground } from './helpers/playground'

test('a crashed simulation worker shows a message, keeps the text and recovers on "try again"', async ({ page }) => {
  await page.addInitScript(() => localStorage.clear())
  await page.route(/sim\.worker-[^/]*\.js$/, (route) => route.abort())
  await openPlayground(page)
  const banner = page.locator('.status-banner')
  await expect(banner).toContainText('The simulation stopped: the simulation worker crashed')
  await expect(banner).toContainText('Your text is safe')
  await expect(page.locator('.timeline-empty')).toHaveText('No timeline: the simulation stopped (see above).')
  await editorReady(page)
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('completions: 5')
  await page.screenshot({ path: 'test-results/screenshots/worker-crashed.png' })

  await page.unroute(/sim\.worker-[^/]*\.js$/)
  await banner.getByRole('button', { name: 'try again' }).click()
  await expect(banner).toHaveCount(0)
  await expect(page.locator('[data-pod]')).toHaveCount(5)
})
