import { describe, expect, it } from 'vitest'
import { createAppStore } from './store'

describe('playback slice', () => {
  it('clamps the playhead to the run and the speed to 1–1000×', () => {
    const s = createAppStore()
    s.getState().setEnd(60_000)
    s.getState().seek(90_000)
    expect(s.getState().time).toBe(60_000)
    s.getState().seek(-5)
    expect(s.getState().time).toBe(0)
    s.getState().setSpeed(5000)
    expect(s.getState().speed).toBe(1000)
    s.getState().setSpeed(0)
    expect(s.getState().speed).toBe(1)
  })

  it('restarts from zero when play is pressed at the end', () => {
    const s = createAppStore()
    s.getState().setEnd(10_000)
    s.getState().seek(10_000)
    s.getState().play()
    expect(s.getState()).toMatchObject({ playing: true, time: 0 })
    s.getState().pause()
    expect(s.getState().playing).toBe(false)
  })
})
