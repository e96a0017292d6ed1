// "Why?": clicking the Job's lane shows the controller's decisions about it by the playhead, with
// the numbers it used and the Kubernetes documentation for each rule; a record's time moves the
// playhead there. Sentences are the engine's (pinned for the seed labs in labDecisions.test.ts).
import { expect, test } from '@playwright/test'
import { watchPage } from './helpers/guards'
import { openPlayground, seek, snapshot } from './helpers/playground'

test('the Job lane opens its decisions, with numbers and documentation, and they follow the playhead', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await page.addInitScript(() => localStorage.clear())
  await openPlayground(page)
  await seek(page, 'end')
  await page.locator('[data-job="demo-job-completion"] text').first().click()
  await expect(page.getByRole('tab', { name: 'Why?' })).toHaveAttribute('aria-selected', 'true')
  const pane = page.locator('.why-pane[data-why-scope="job"]')
  await expect(pane).toContainText('Decisions about Job demo-job-completion')
  // completions 5, parallelism 1 (the default lesson is the seed's "Job with Completion" lab).
  await expect(pane).toContainText('completions 5, succeeded 0, parallelism 1 → wantActive = min(5−0, 1) = 1; 0 active: create 1 pod')
  await expect(pane.locator('.why-item').last()).toContainText('No pod is running or terminating → Complete')
  await expect(pane.locator('.why-now').last()).toContainText('→ Complete')
  const doc = pane.locator('[data-rule="job.create"] .why-doc').first()
  await expect(doc).toHaveAttribute('href', 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#controlling-parallelism')
  await expect(doc).toHaveAttribute('target', '_blank')

  // A record's time is a link to that moment: the later records leave the list.
  const second = pane.locator('[data-rule="job.create"]').nth(1)
  const label = (await second.locator('.why-at').textContent())!
  await second.locator('.why-at').click()
  const t = (await snapshot(page)).time
  expect(t).toBeGreaterThan(0)
  await expect(pane.locator('.why-now').first()).toContainText(label)
  await expect(pane).not.toContainText('→ Complete')

  // "Show all" widens the list to every controller, the kubelet and the scheduler included.
  await pane.getByRole('button', { name: 'Show all' }).click()
  await expect(page.locator('.why-pane[data-why-scope="all"]')).toContainText('scheduler')
  await expect(page.locator('.why-pane[data-why-scope="all"]')).toContainText('kubelet')
  expect(problems).toEqual([])
})
