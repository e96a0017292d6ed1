// Playback: where the playhead is and how fast simulated time maps to wall time. A UI concern
// only; the simulation core never sees speed or frames.
import type { StateCreator } from 'zustand/vanilla'

// 12× is the default: a ~4-minute lab plays in ~20 s (DESIGN §5).
export const SPEEDS = [1, 2, 5, 12, 25, 50, 100, 250, 500, 1000] as const
export const DEFAULT_SPEED = 12

export interface PlaybackSlice {
  /** Playhead, in simulated milliseconds. */
  time: number
  /** End of the simulated run, in simulated milliseconds. */
  end: number
  playing: boolean
  /** Simulated seconds per wall second. */
  speed: number
  seek: (ms: number) => void
  setEnd: (ms: number) => void
  setSpeed: (x: number) => void
  play: () => void
  pause: () => void
}

export const createPlaybackSlice: StateCreator<PlaybackSlice> = (set, get) => ({
  time: 0,
  end: 0,
  playing: false,
  speed: DEFAULT_SPEED,
  seek: (ms) => set({ time: Math.min(Math.max(0, Math.round(ms)), get().end) }),
  setEnd: (ms) => set({ end: Math.max(0, ms), time: Math.min(get().time, Math.max(0, ms)) }),
  setSpeed: (x) => set({ speed: Math.min(1000, Math.max(1, x)) }),
  play: () => set({ playing: true, time: get().time >= get().end ? 0 : get().time }),
  pause: () => set({ playing: false }),
})
