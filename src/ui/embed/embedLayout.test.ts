import { describe, expect, it } from 'vitest'
import { embedLayout, visiblePanes } from './embedLayout'

describe('embed panes', () => {
  it('shows the timeline and observer, and the editor only once Edit is pressed', () => {
    const layout = embedLayout({ readonly: false })
    expect(layout).toMatchObject({ canEdit: true, startEditing: false, warnings: [] })
    expect(visiblePanes(layout, false)).toEqual(['timeline', 'observer'])
    expect(visiblePanes(layout, true)).toEqual(['timeline', 'observer', 'editor'])
  })

  it('follows view= order, and opens the editor at once when view= lists it', () => {
    const layout = embedLayout({ readonly: false, view: ['editor', 'timeline', 'console'] })
    expect(layout.startEditing).toBe(true)
    expect(visiblePanes(layout, true)).toEqual(['editor', 'timeline', 'console'])
    expect(visiblePanes(layout, false)).toEqual(['timeline', 'console'])
  })

  it('read-only: no Edit, no editor, no console — and says so', () => {
    const layout = embedLayout({ readonly: true, view: ['timeline', 'console', 'editor'] })
    expect(layout).toMatchObject({ canEdit: false, startEditing: false })
    expect(visiblePanes(layout, true)).toEqual(['timeline'])
    expect(layout.warnings).toEqual(['readonly=1: the console and editor are not shown in a read-only embed.'])
  })

  it('read-only with nothing left to show falls back to the default panes', () => {
    expect(visiblePanes(embedLayout({ readonly: true, view: ['editor'] }), false)).toEqual(['timeline', 'observer'])
  })
})
