// Predict, then reveal, in the built page: answers locked in before playing are scored when the
// run settles (✓ on the right one, ✗ with the real value on the wrong one); a lesson that asks for
// a prediction lists it in its checklist and ticks it at the reveal; an edit makes it stale.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers/guards'
import { openPlayground, snapshot } from './helpers/playground'

test.use({ viewport: { width: 1440, height: 860 } })

// A fresh learner, once per test: a reload keeps what was stored (the tick must survive it).
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('fresh')) return
    localStorage.clear()
    sessionStorage.setItem('fresh', '1')
  })
})

/** Serious and critical axe violations inside one part of the page. */
async function seriousIn(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze()
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}

async function untilEnd(page: Page) {
  const { end } = await snapshot(page)
  await expect.poll(async () => (await snapshot(page)).time, { timeout: 20_000 }).toBe(end)
}

test('a prediction made from the Predict button is scored at the reveal', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page)
  await page.evaluate(() => window.__playground.setSpeed(1))
  await page.getByRole('button', { name: 'Predict', exact: true }).click()
  const popover = page.getByRole('dialog', { name: 'Predict, then reveal' })
  // The default lesson (the seed's Job with Completion): 5 pods, Complete, 10 lines at 4m21s.
  await popover.getByLabel('Pods created').fill('5')
  await popover.getByLabel('How it ends').selectOption('Failed')
  await popover.getByLabel('Lines in /data/message.txt').fill('10')
  await popover.getByRole('button', { name: 'Lock in & play' }).click()
  await expect(popover).toBeHidden()
  await expect(page.getByRole('button', { name: /^Predicted/ })).toBeVisible()
  await page.evaluate(() => window.__playground.setSpeed(1000))
  await untilEnd(page)
  // The popover opens again by itself at the reveal.
  await expect(popover).toBeVisible()
  const rows = popover.locator('.predict-rows li')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0)).toHaveAttribute('data-right', 'true')
  await expect(rows.nth(0)).toContainText('you said 5 pods')
  await expect(rows.nth(1)).toHaveAttribute('data-right', 'false')
  await expect(rows.nth(1)).toContainText('you said Failed, actually Complete')
  // The explanation is the controller's own decision, from the trace.
  await expect(rows.nth(1).locator('.predict-why')).toContainText('succeeded 5 ≥ completions 5')
  await expect(rows.nth(2)).toHaveAttribute('data-right', 'true')
  await expect(popover.locator('.predict-score')).toContainText('2 of 3 right')
  await expect(page.getByRole('button', { name: /^Predicted/ })).toContainText('2/3')
  // A click on an explanation's time moves the playhead there.
  await rows.nth(1).locator('.predict-why .link-button').first().click()
  expect((await snapshot(page)).time).toBeLessThan((await snapshot(page)).end)
  expect(problems).toEqual([])
})

test('a lesson that asks for a prediction lists it, scores it and ticks it at the reveal', async ({ page }) => {
  await openPlayground(page, '/?lesson=job-backoff-limit')
  const section = page.getByRole('region', { name: 'Predict first' })
  const item = section.locator('li[data-check="make-a-prediction"]')
  await expect(item).toHaveAttribute('data-passed', 'false')
  await expect(item).toContainText('Make a prediction')
  // The seed: 3 pods, deleted about 28 s in, Failed. One answer right, one wrong.
  await section.getByLabel('Pods created').fill('7')
  await section.getByLabel('Finishes at').fill('30s')
  // Slowly at first (the reveal is at about 30 s), so the locked-in state is there to be seen.
  await page.evaluate(() => window.__playground.setSpeed(1))
  await section.getByRole('button', { name: 'Lock in & play' }).click()
  await expect(section.locator('.predict-result')).toHaveAttribute('data-phase', 'waiting')
  await expect(section).toContainText('Locked in: 7 pods · 30s')
  await page.evaluate(() => window.__playground.setSpeed(1000))
  await untilEnd(page)
  await expect(item).toHaveAttribute('data-passed', 'true')
  const rows = section.locator('.predict-rows li')
  await expect(rows.filter({ hasText: 'Pods' })).toHaveAttribute('data-right', 'false')
  await expect(rows.filter({ hasText: 'Pods' })).toContainText('you said 7 pods, actually 3 pods')
  await expect(rows.filter({ hasText: 'Pods' }).locator('.predict-why')).toContainText(['create 3 pods', 'backoffLimit 6'])
  await expect(rows.filter({ hasText: 'Finishes at' })).toHaveAttribute('data-right', 'true')
  // The tick stays after a reload (it is part of the lesson's progress).
  await page.reload()
  await page.evaluate(() => window.__playground.whenIdle())
  await expect(page.getByRole('region', { name: 'Predict first' }).locator('li[data-check="make-a-prediction"]')).toHaveAttribute('data-passed', 'true')
})

test('editing the YAML after locking in makes the prediction stale', async ({ page }) => {
  await openPlayground(page, '/?lesson=job-backoff-limit')
  const section = page.getByRole('region', { name: 'Predict first' })
  await section.getByLabel('Pods created').fill('3')
  await section.getByRole('button', { name: 'Lock in & play' }).click()
  await page.evaluate(() => window.__playground.pause())
  await page.evaluate(async () => {
    const text = `apiVersion: batch/v1
kind: Job
metadata:
  name: demo-job-fails-default-limit
spec:
  completions: 10
  parallelism: 2
  template:
    spec:
      restartPolicy: OnFailure
      containers:
        - name: busybox
          image: busybox
          command:
            - "false"
`
    await window.__playground.load(text)
  })
  await expect(section.locator('.predict-result')).toHaveAttribute('data-phase', 'stale')
  await expect(section).toContainText('earlier version')
  await section.getByRole('button', { name: 'Predict again' }).click()
  await expect(section.getByRole('button', { name: 'Lock in & play' })).toBeVisible()
})

// `SCREENSHOT_DIR=docs/screenshots playwright test predict` refreshes docs/screenshots/predict-light.png.
for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of the form and the reveal, accessible in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000)
    const dir = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await openPlayground(page, '/?lesson=job-completions-gt-parallelism')
    await page.evaluate(() => window.__playground.setSpeed(1000))
    const section = page.getByRole('region', { name: 'Predict first' })
    await section.getByLabel(/^Pods/).fill('6')
    await section.getByLabel(/^How/).selectOption('Complete')
    await section.getByLabel(/^Lines/).fill('5')
    await section.getByLabel('Finishes at').fill('2m')
    await page.locator('.lesson-panel').screenshot({ path: `${dir}/predict-form-${theme}.png` })
    expect(await seriousIn(page, '.predict-section')).toEqual([])
    await section.getByRole('button', { name: 'Lock in & play' }).click()
    await untilEnd(page)
    await expect(section.locator('.predict-rows li')).toHaveCount(4)
    await page.locator('.lesson-panel').screenshot({ path: `${dir}/predict-reveal-${theme}.png` })
    expect(await seriousIn(page, '.predict-section')).toEqual([])
    await page.getByRole('button', { name: /^Predicted/ }).click()
    await page.screenshot({ path: `${dir}/predict-${theme}.png` })
    expect(await seriousIn(page, '.predict-popover')).toEqual([])
  })
}
