import { expect, test } from '@playwright/test'
import { watchPage } from './helpers/guards'
import { editorReady, openPlayground } from './helpers/playground'

test('the built page shows its main regions, offline and without errors', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page)
  await expect(page.getByRole('region', { name: 'YAML editor' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Observer' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'kubectl console' })).toBeVisible()
  await editorReady(page)
  await page.locator('.xterm').waitFor()
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual([])
})

test('narrow screens get one column with every pane reachable', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await page.setViewportSize({ width: 400, height: 800 })
  await openPlayground(page)
  const hasHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  expect(hasHorizontalScroll).toBe(false)
  await expect(page.locator('[data-pod]')).toHaveCount(5)
  expect(problems).toEqual([])
})
