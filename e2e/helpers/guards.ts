import type { Page } from '@playwright/test'

/**
 * Watches a page for what must never happen: console errors, uncaught exceptions, failed
 * requests and requests that leave the page's own origin (the playground works offline).
 */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`))
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`off-origin request: ${url}`)
  })
  return problems
}
