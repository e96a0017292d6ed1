import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenFirstDrawn } from './firstDraw'
import { createAppStore } from './store'

afterEach(() => vi.useRealTimers())

const settled = async (p: Promise<void>) => {
  let done = false
  void p.then(() => { done = true })
  await Promise.resolve()
  await Promise.resolve()
  return done
}

describe('whenFirstDrawn', () => {
  it('waits for the timeline to draw a result, not for the result alone', async () => {
    const store = createAppStore()
    const drawn = whenFirstDrawn(store)
    store.getState().applyResult({ trace: { schema: 1, seed: 1, end: 0, events: [] } as never, diagnostics: [] })
    expect(await settled(drawn)).toBe(false)
    store.getState().markDrawn(store.getState().version)
    expect(await settled(drawn)).toBe(true)
  })

  it('resolves when the first simulation failed', async () => {
    const store = createAppStore()
    const drawn = whenFirstDrawn(store)
    store.getState().failSimulation('the simulation worker crashed')
    expect(await settled(drawn)).toBe(true)
  })

  it('gives up waiting after the limit (a page showing no timeline)', async () => {
    vi.useFakeTimers()
    const store = createAppStore()
    const drawn = whenFirstDrawn(store, 500)
    await vi.advanceTimersByTimeAsync(499)
    expect(await settled(drawn)).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await settled(drawn)).toBe(true)
  })
})
