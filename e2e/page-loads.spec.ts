import { expect, test } from '@playwright/test'
import { watchPage } from './helpers/guards'

test('the built page shows its main regions, offline and without errors', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'YAML editor' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Observer' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual([])
})
