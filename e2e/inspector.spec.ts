// The pod inspector: clicking a pod on the timeline shows `kubectl describe pod` as the simulated
// cluster answers it at the playhead, and the pod's logs printed by then.
import { expect, test } from '@playwright/test'
import { watchPage } from './helpers/guards'
import { openPlayground, seek, snapshot } from './helpers/playground'

test('clicking a pod shows describe and logs at the playhead, and they follow the playhead', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await page.addInitScript(() => localStorage.clear())
  await openPlayground(page)
  await seek(page, 20_000)
  const first = (await snapshot(page)).pods[0]!.name
  // Its name in the label column selects it (as does its bar).
  await page.locator(`[data-pod="${first}"] text`).first().click()
  const inspector = page.locator(`[data-pod-inspector="${first}"]`)
  await expect(inspector).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Pod' })).toHaveAttribute('aria-selected', 'true')
  const describe = inspector.locator('.inspector-describe')
  await expect(describe).toContainText(new RegExp(`Name:\\s+${first}`))
  await expect(describe).toContainText(/Status:\s+Running/)
  await expect(describe).toContainText(/Controlled By:\s+Job\/demo-job-completion/)

  // The engine's reasons about the pod: the kubelet's and the scheduler's records by the playhead.
  await expect(inspector.locator('.why-list li').first()).toBeVisible()

  await seek(page, 'end')
  await expect(describe).toContainText(/Status:\s+Succeeded/)
  await expect(inspector.locator('.inspector-logs')).toContainText('[init]')

  // The console is still there, with its screen, one tab away.
  await page.getByRole('tab', { name: 'kubectl' }).click()
  await expect(page.locator('.console-host')).toBeVisible()
  expect(problems).toEqual([])
})

test('"Delete pod here" deletes the pod at the playhead as a step: the Job replaces it', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await page.addInitScript(() => localStorage.clear())
  await openPlayground(page)
  await seek(page, 20_000)
  const first = (await snapshot(page)).pods[0]!.name
  await page.locator(`[data-pod="${first}"]`).click()
  await page.getByRole('button', { name: 'Delete pod here' }).click()
  await expect(page.locator('.inspector-said')).toContainText(`pod "${first}" deleted from default namespace`)
  await page.evaluate(() => window.__playground.whenIdle())
  // The deleted pod counts as failed (reference: podReplacementPolicy TerminatingOrFailed), so a
  // sixth pod is needed for five successes.
  await expect(page.locator('[data-pod]')).toHaveCount(6)
  await seek(page, 'end')
  expect((await snapshot(page)).jobs[0]).toMatchObject({ status: 'Complete', completions: '5/5' })
  expect(problems).toEqual([])
})
