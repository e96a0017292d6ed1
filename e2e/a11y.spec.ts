// Accessibility of the built page, checked with axe-core (bundled by @axe-core/playwright, so no
// network): no serious or critical violation on the main page, light and dark, once the first
// run is drawn and Monaco has loaded, with the Narration tab open, and on an embed.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { editorReady, openPlayground } from './helpers/playground'

test.use({ viewport: { width: 1440, height: 900 } })
// axe walks the whole page (Monaco and xterm included) a few times per test: a few seconds each.
test.setTimeout(180_000)

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.clear())
})

/** The serious and critical violations on the page: one readable line per rule, with how many
 * nodes break it and the first few of them. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) =>
      `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`).join(' | ')}`)
}

for (const theme of ['light', 'dark'] as const) {
  test(`the main page has no serious or critical axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme })
    await openPlayground(page)
    await editorReady(page)
    await page.evaluate(() => window.__playground.seek(100_000))
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('tab', { name: 'Narration' }).click()
    await expect(page.locator('.narration-list [aria-current="true"]')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])

    // The grid over the chart, shown while it has focus.
    await page.getByRole('tab', { name: 'Chart' }).click()
    await page.locator('.timeline-grid [role="row"][tabindex="0"]').focus()
    expect(await seriousViolations(page)).toEqual([])
  })
}

test('an embed has no serious or critical axe violations', async ({ page }) => {
  await page.goto('/?embed=1&lesson=job-completions&view=timeline,observer')
  await page.waitForFunction(() => typeof window.__playground?.whenIdle === 'function')
  await page.evaluate(() => window.__playground.whenIdle())
  expect(await seriousViolations(page)).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/?embed=1&lesson=job-completions&theme=dark')
  await page.waitForFunction(() => typeof window.__playground?.whenIdle === 'function')
  await page.evaluate(() => window.__playground.whenIdle())
  expect(await seriousViolations(page)).toEqual([])
})

test('with reduced motion, observer lines do not slide in and nothing transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openPlayground(page)
  await page.evaluate(() => window.__playground.seek(window.__playground.state().end))
  const line = page.locator('.file-lines li[data-writer]').first()
  await expect(line).toBeVisible()
  expect(await line.evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
  const slowest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('*')].flatMap((el) => {
    const s = getComputedStyle(el)
    return [...s.transitionDuration.split(','), ...s.animationDuration.split(',')].map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000))
  })))
  expect(slowest).toBeLessThan(1)
})
