import type { Page } from '@playwright/test'
import type { PlaygroundSnapshot } from '../../src/ui/app/pageApi'

/** Opens the page and waits until the first simulation has been drawn. */
export async function openPlayground(page: Page, path = '/') {
  await page.goto(path)
  await page.waitForFunction(() => typeof window.__playground?.whenIdle === 'function')
  await page.evaluate(() => window.__playground.whenIdle())
}

export const snapshot = (page: Page): Promise<PlaygroundSnapshot> => page.evaluate(() => window.__playground.state())

export async function seek(page: Page, ms: number | 'end') {
  await page.evaluate((t) => window.__playground.seek(t === 'end' ? window.__playground.state().end : t), ms)
}

/** Waits until Monaco has mounted in the editor pane and coloured the YAML. */
export async function editorReady(page: Page) {
  await page.locator('.monaco-editor .view-lines').first().waitFor()
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-lines span[class^="mtk"]:not(.mtk1)').length > 0)
  // Monaco loads after the first timeline draw and may still be settling its layout: let two
  // frames pass after it is on screen before a test clicks at positions in it.
  await page.waitForFunction(() => performance.getEntriesByName('editor-visible').length > 0)
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}
