import { expect, test } from '@playwright/test'
import { watchPage } from './helpers/guards'
import { editorReady, openPlayground, seek, snapshot } from './helpers/playground'

test.beforeEach(async ({ page }) => {
  // Each test starts from the built-in lab, not from text an earlier test autosaved.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('keep-autosave')) localStorage.clear()
  })
})

test('the default lab plays to Complete 5/5 with 5 pod rows and 10 observer lines', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page)
  await seek(page, 'end')
  const state = await snapshot(page)
  expect(state.end).toBeGreaterThan(3 * 60_000)
  expect(state.jobs).toEqual([{ name: 'demo-job-completion', status: 'Complete', completions: '5/5' }])
  expect(state.pods).toHaveLength(5)
  expect(state.pods.every((p) => p.status === 'Completed')).toBe(true)
  await expect(page.locator('[data-pod]')).toHaveCount(5)
  await expect(page.getByTestId('job-status')).toHaveText('demo-job-completion: Complete 5/5')
  await expect(page.locator('.file-lines li[data-writer]')).toHaveCount(10)
  await expect(page.locator('.file-lines li[data-writer]').first()).toHaveAttribute('data-writer', /^demo-job-completion-\w+\/init$/)
  await expect(page.locator('.clock')).toContainText(/t = 4m\d+s/)
  await expect(page.getByRole('tab', { name: '/data/message.txt' })).toBeVisible()
  expect(state.files['/tmp/data/message.txt']?.trimEnd().split('\n')).toHaveLength(10)
  expect(problems).toEqual([])
})

test('scrubbing to the middle shows fewer lines and a running Job', async ({ page }) => {
  await openPlayground(page)
  await seek(page, 130_000)
  const state = await snapshot(page)
  expect(state.jobs[0]?.status).toBe('Running')
  const written = state.files['/tmp/data/message.txt']?.trimEnd().split('\n') ?? []
  expect(written.length).toBeGreaterThan(0)
  expect(written.length).toBeLessThan(10)
  await expect(page.locator('.file-lines li[data-writer]')).toHaveCount(written.length)
  await expect(page.locator('.clock')).toContainText('t = 2m10s')
  await expect(page.getByTestId('job-status')).toHaveText(/^demo-job-completion: Running [1-4]\/5$/)
})

test('playing advances the playhead; the keyboard steps between events', async ({ page }) => {
  await openPlayground(page)
  await page.evaluate(() => window.__playground.setSpeed(1000))
  await page.getByRole('button', { name: /^Play/ }).click()
  const { end } = await snapshot(page)
  await expect.poll(async () => (await snapshot(page)).time).toBe(end)
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowRight')
  expect((await snapshot(page)).time).toBeGreaterThan(0)
})

test('clicking a pod row selects it and lights up its lines in the observer', async ({ page }) => {
  await openPlayground(page)
  await seek(page, 'end')
  const row = page.locator('[data-pod]').nth(1)
  const name = await row.getAttribute('data-pod')
  const box = (await row.boundingBox())!
  await page.mouse.click(box.x + box.width * 0.45, box.y + box.height / 2)
  await expect(page.locator('.file-lines li.selected')).toHaveCount(2)
  await expect(page.locator('.file-lines li.selected').first()).toHaveAttribute('data-writer', new RegExp(`^${name}/`))
  await expect(page.locator('.observer-meta')).toContainText(`2 of 10 from ${name}`)
  await page.getByRole('button', { name: 'Clear the pod selection' }).click()
  await expect(page.locator('.file-lines li.selected')).toHaveCount(0)
})

test('edited text is autosaved and restored after a reload', async ({ page }) => {
  await openPlayground(page)
  await editorReady(page)
  await page.locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('Control+Home')
  await page.keyboard.insertText('# my notes\n')
  await page.evaluate(() => sessionStorage.setItem('keep-autosave', '1'))
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).join())).toContain('# my notes')
  await page.reload()
  await page.evaluate(() => window.__playground.whenIdle())
  await editorReady(page)
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('# my notes')
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('button', { name: 'Reset' }).click()
  await expect(page.locator('.monaco-editor .view-lines').first()).not.toContainText('# my notes')
})

test('an invalid edit shows a message and a marker while the last good timeline stays', async ({ page }) => {
  await openPlayground(page)
  await editorReady(page)
  await page.evaluate(() => window.__playground.load('apiVersion: batch/v1\nkind: Job\nspec: [\n'))
  await expect(page.locator('.status-banner')).toContainText('demo-job-completion.yaml:')
  await expect(page.locator('.status-banner')).toContainText('showing the last timeline that worked')
  await expect(page.locator('.timeline-view.stale')).toBeVisible()
  await expect(page.locator('[data-pod]')).toHaveCount(5)
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached()
  await expect(page.getByRole('tab', { name: /demo-job-completion\.yaml/ })).toHaveClass(/has-error/)
})

test('a console command runs at the playhead and prints its output', async ({ page }) => {
  await openPlayground(page)
  await seek(page, 60_000)
  const output = await page.evaluate(() => window.__playground.run('kubectl get pods'))
  expect(output.length).toBeGreaterThan(0)
  await page.locator('.xterm').waitFor()
  await page.locator('.console-host').click()
  await page.keyboard.type('kubectl get jo')
  await page.keyboard.press('Tab')
  await expect(page.locator('.xterm-rows')).toContainText('jobs')
})

test('the editor validates against the Kubernetes Job schema, offline', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!)
  await openPlayground(page)
  await editorReady(page)
  await page.locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('\nbogusField: 1\n')
  await expect(page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first()).toBeAttached({ timeout: 15_000 })
  await page.locator('.monaco-editor .view-line span span', { hasText: 'bogusField' }).first().hover()
  await expect(page.locator('.monaco-hover:not(.hidden)').first()).toContainText('Property bogusField is not allowed', { timeout: 15_000 })
  expect(problems).toEqual([])
})

test('zoomed in, playback pans the timeline to keep the playhead in view', async ({ page }) => {
  await openPlayground(page)
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.keyboard.press('Home')
  await page.evaluate(() => window.__playground.setSpeed(250))
  await page.evaluate(() => window.__playground.play())
  await expect.poll(async () => (await snapshot(page)).time).toBeGreaterThan(150_000)
  await page.evaluate(() => window.__playground.pause())
  const [playhead, rows] = await Promise.all([page.locator('.timeline-playhead').boundingBox(), page.locator('.timeline-rows').boundingBox()])
  expect(playhead!.x).toBeGreaterThan(rows!.x)
  expect(playhead!.x).toBeLessThan(rows!.x + rows!.width)
  await expect(page.locator('.timeline-playhead')).toBeVisible()
})
