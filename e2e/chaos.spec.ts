// Disruptions from the pod inspector: "Kill container here…" asks for an exit code (137 by default,
// or the OOM killer) in a small form and records `chaos kill` at the playhead; "Node down here"
// records `chaos node-down` for the pod's node and then offers "Node up here". Each is a scenario
// step, so the Job's answer (a replacement pod) shows on the timeline.
import { expect, test } from '@playwright/test'
import { watchPage } from './helpers/guards'
import { openPlayground, seek, snapshot } from './helpers/playground'

const dir = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'

test('"Kill container here…" kills with the exit code typed, as a step; the Job replaces the pod', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await page.addInitScript(() => localStorage.clear())
  await openPlayground(page)
  await seek(page, 20_000)
  const first = (await snapshot(page)).pods[0]!.name
  await page.locator(`[data-pod="${first}"]`).click()
  await page.getByRole('button', { name: 'Kill container here…' }).click()
  const form = page.getByRole('form', { name: `Kill a container of ${first}` })
  const code = form.getByLabel('Exit code')
  await expect(code).toHaveValue('137')
  // A bad exit code is said where the learner typed it, and the text stays.
  await code.fill('300')
  await expect(form.getByRole('alert')).toHaveText('An exit code is a whole number from 0 to 255.')
  await expect(form.getByRole('button', { name: 'Kill' })).toBeDisabled()
  await expect(code).toHaveValue('300')
  await code.fill('42')
  await expect(form.locator('.kill-preview')).toHaveText(`$ chaos kill ${first} --exit-code 42`)
  await form.getByRole('button', { name: 'Kill' }).click()
  await expect(page.locator('.inspector-said')).toContainText(`pod/${first} container writer killed: exit code 42 (Error)`)
  await page.evaluate(() => window.__playground.whenIdle())
  await expect(page.locator('[data-pod]')).toHaveCount(6)
  await seek(page, 'end')
  expect((await snapshot(page)).jobs[0]).toMatchObject({ status: 'Complete', completions: '5/5' })
  expect(problems).toEqual([])
})

test('"Node down here" takes the pod\'s node down as a step, then offers "Node up here"', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await page.addInitScript(() => localStorage.clear())
  await openPlayground(page)
  await seek(page, 20_000)
  const first = (await snapshot(page)).pods[0]!.name
  await page.locator(`[data-pod="${first}"]`).click()
  await page.getByRole('button', { name: 'Node down here (node-1)' }).click()
  // With its only node down for good the Job never finishes: the run stops 10 min after the step, and says why.
  await expect(page.locator('.inspector-said')).toContainText('$ chaos node-down node-1 node/node-1 down')
  await page.evaluate(() => window.__playground.whenIdle())
  expect((await snapshot(page)).end).toBe(20_000 + 10 * 60_000)
  await expect(page.getByRole('button', { name: 'Node up here (node-1)' })).toBeVisible()
  expect(problems).toEqual([])
})

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot, pod inspector with the kill form (${theme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 860 })
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await page.addInitScript(() => localStorage.clear())
    await openPlayground(page)
    await seek(page, 20_000)
    const first = (await snapshot(page)).pods[0]!.name
    await page.locator(`[data-pod="${first}"]`).click()
    await page.getByRole('button', { name: 'Kill container here…' }).click()
    await page.getByLabel('OOM killer (137, OOMKilled)').check()
    await page.screenshot({ path: `${dir}/inspector-kill-${theme}.png` })
  })
}
