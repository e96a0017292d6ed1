// Compare mode end to end: a compare link opened in a fresh browser draws both timelines on one
// time axis with the outcome diff, a preset makes B from A, Share gives a compare link back, and
// Escape returns to A as it was. Expected numbers are the restart-policy lesson's reference
// facts (Never: 3 pods, no restarts; OnFailure: 1 pod restarted twice) and the seed lab's file.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { encodeCompareFragment } from '../src/share/compareLink'
import type { SharedScenario } from '../src/share/scenarioLink'
import type { CompareSnapshot } from '../src/ui/compare/compareApi'
import { watchPage } from './helpers/guards'
import { editorReady, openPlayground } from './helpers/playground'

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.clear())
})

const failing = (policy: string): SharedScenario => ({
  files: {
    'job.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: demo
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: ${policy}
      containers:
        - name: busybox
          image: busybox
          command: ["sh", "-c", "echo trying; exit 1"]
`,
  },
  steps: [{ at: '0s', run: 'kubectl apply -f job.yaml' }],
  seed: 1,
})

const compare = (page: Page): Promise<CompareSnapshot> => page.evaluate(() => window.__playground.compare())

async function compareIdle(page: Page) {
  await page.waitForFunction(() => {
    const c = window.__playground.compare()
    return c.open && c.idle && c.rows.length > 0
  })
  await page.evaluate(() => window.__playground.whenIdle())
}

/** Left edge (px) of each axis tick of one lane, by its time. */
const tickXs = (page: Page, side: 'a' | 'b') => page.locator(`.compare-lane[data-side="${side}"] g.tick[data-t]`).evaluateAll((ticks) =>
  Object.fromEntries(ticks.map((t) => [t.getAttribute('data-t')!, t.querySelector('line')!.getBoundingClientRect().left])))

test('a compare link opens both timelines on one time axis, with the outcome diff', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page, `/${encodeCompareFragment(failing('Never'), failing('OnFailure'))}`)
  await compareIdle(page)

  const view = page.getByTestId('compare-view')
  await expect(view).toBeVisible()
  await expect(view.locator('.compare-lane[data-side="a"] .compare-lane-title')).toContainText('A')
  await expect(view.locator('.compare-lane[data-side="b"] .compare-lane-title')).toContainText('B')
  // Never replaces the failed pod (3 pods); OnFailure restarts in place (1 pod).
  await expect(view.locator('.compare-lane[data-side="a"] [data-pod]')).toHaveCount(3)
  await expect(view.locator('.compare-lane[data-side="b"] [data-pod]')).toHaveCount(1)

  // One time scale: every time has the same x in A and in B.
  const a = await tickXs(page, 'a')
  const b = await tickXs(page, 'b')
  expect(Object.keys(a).length).toBeGreaterThan(2)
  expect(Object.keys(b)).toEqual(Object.keys(a))
  for (const t of Object.keys(a)) expect(b[t]).toBeCloseTo(a[t]!, 1)
  // …and the one playhead crosses both at that x.
  const t = Object.keys(a)[1]!
  await page.evaluate((ms) => window.__playground.seek(ms), Number(t))
  const line = await view.locator('.compare-playhead').boundingBox()
  expect(Math.abs(line!.x - a[t]!)).toBeLessThanOrEqual(1.5)

  const c = await compare(page)
  expect(c.endA).toBeGreaterThan(c.endB)
  expect(await page.evaluate(() => window.__playground.state().end)).toBe(Math.max(c.endA, c.endB))
  const diff = view.getByTestId('outcome-diff')
  await expect(diff.locator('tr[data-label="Pods created"] td')).toHaveText(['3', '1'])
  await expect(diff.locator('tr[data-label="Pods created"]')).toHaveAttribute('data-differs', 'true')
  await expect(diff.locator('tr[data-label="Container restarts"] td')).toHaveText(['0', '2'])
  await expect(diff.locator('tr[data-label="Job demo"] td').first()).toHaveText(/^Failed /)

  // Share while comparing gives a compare link; Escape returns to A as it was.
  expect(await page.evaluate(() => window.__playground.shareUrl())).toMatch(/#c=1\.[\w-]+\.[\w-]+$/)
  await page.locator('.compare-lane[data-side="a"] .timeline-axis').click({ position: { x: 400, y: 10 } })
  await page.keyboard.press('Escape')
  await expect(view).toBeHidden()
  expect(await page.evaluate(() => window.__playground.compare().open)).toBe(false)
  expect(await page.evaluate(() => window.__playground.shareUrl())).toMatch(/#s=1\./)
  expect(problems).toEqual([])
})

test('Compare makes B a copy of A; a preset changes B in one place and the diff shows it', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page)
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await compareIdle(page)
  await expect(page.getByTestId('outcome-diff').locator('caption')).toContainText('no difference')
  await expect(page.getByRole('tab', { name: /B variant/ })).toBeVisible()

  // The default lab appends with >>: the preset makes B truncate with > instead.
  const presets = page.getByLabel('Make B from A with one change')
  await expect(presets.locator('option')).toContainText(['Make B from A…', 'parallelism 1 vs 5', '>> vs >'])
  await presets.selectOption({ label: '>> vs >' })
  await compareIdle(page)
  const c = await compare(page)
  expect(c.side).toBe('b')
  expect(Object.values(c.filesB).join('')).toContain('> /data/message.txt')
  expect(Object.values(c.filesB).join('')).not.toContain('>> /data/message.txt')
  // Seed lab: completions 5 write 10 lines with >>; with > each write replaces the file: 1 line.
  const file = c.rows.find((r) => r.label === '/data/message.txt')!
  expect(file.differs).toBe(true)
  expect(file.a.trimEnd().split('\n')).toHaveLength(10)
  expect(file.b.trimEnd().split('\n')).toHaveLength(1)
  await expect(page.getByTestId('yaml-editor-b')).toBeVisible()

  await page.getByTestId('compare-view').getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('compare-view')).toBeHidden()
  // A as it was: its run ends where it did, and still leaves 10 lines.
  expect(await page.evaluate(() => window.__playground.state().end)).toBe(c.endA)
  await page.evaluate(() => window.__playground.seek(window.__playground.state().end))
  expect(await page.evaluate(() => window.__playground.state().files['/tmp/data/message.txt']?.trimEnd().split('\n').length)).toBe(10)
  expect(problems).toEqual([])
})

for (const theme of ['light', 'dark'] as const) {
  test(`compare mode has no serious or critical axe violations (${theme})`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme: theme })
    await openPlayground(page, '/?lesson=job-restart-policy')
    await editorReady(page)
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await page.getByLabel('Make B from A with one change').selectOption({ index: 1 })
    await compareIdle(page)
    await page.locator('[data-testid="yaml-editor-b"] .view-lines').first().waitFor()
    const { violations } = await new AxeBuilder({ page })
      .include('[data-testid="compare-view"]').include('.compare-switch').include('.compare-b-editor .tabs').analyze()
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
  })
}
