// A simulation worker that cannot run (here: its script fails to load, as when it crashes) gives a
// clear message where the learner is looking; the editor keeps the text, and "try again" recovers.
import { expect, test } from '@playwright/test'
import { editorReady, openPlayground } from './helpers/playground'

const WORKER = /sim\.worker-[^/]*\.js$/

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.clear())
})

test('a crashed simulation worker shows a message, keeps the text and recovers on "try again"', async ({ page }) => {
  await page.route(WORKER, (route) => route.abort())
  // Not the default lesson: its first run ships precomputed and needs no worker.
  await openPlayground(page, '/?lesson=job-parallelism')
  const banner = page.locator('.status-banner')
  await expect(banner).toContainText('The simulation stopped: the simulation worker crashed')
  await expect(banner).toContainText('Your text is safe')
  await expect(page.locator('.timeline-empty')).toHaveText('No timeline: the simulation stopped (see above).')
  await editorReady(page)
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('parallelism: 5')
  await page.screenshot({ path: 'test-results/screenshots/worker-crashed.png' })

  await page.unroute(WORKER)
  await banner.getByRole('button', { name: 'try again' }).click()
  await expect(banner).toHaveCount(0)
  await expect(page.locator('[data-pod]')).toHaveCount(5)
})

test('the default lesson draws without the worker; the first command that needs it reports the crash', async ({ page }) => {
  await page.route(WORKER, (route) => route.abort())
  await openPlayground(page)
  await expect(page.locator('[data-pod]')).toHaveCount(5)
  // The page has tried to warm the worker up by now; that failure alone is not the learner's concern.
  await editorReady(page)
  await expect(page.locator('.status-banner')).toHaveCount(0)
  await page.evaluate(() => window.__playground.run('kubectl get pods').catch(() => null))
  await expect(page.locator('.status-banner')).toContainText('The simulation stopped: the simulation worker crashed')
  await expect(page.locator('[data-pod]')).toHaveCount(5)
})
