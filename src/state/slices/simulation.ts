// The latest simulation result and what the page shows from it. A result with errors keeps the
// last good trace on screen (greyed by the UI) so an unfinished edit never blanks the timeline.
import type { StateCreator } from 'zustand/vanilla'
import type { Trace } from '../../sim/trace/events'
import type { Diagnostic, SimResult } from '../../worker/simClient'

export type SimStatus = 'idle' | 'scheduled' | 'running' | 'error'

export interface SimulationSlice {
  status: SimStatus
  /** The trace on screen: the last one whose inputs had no error diagnostics. */
  trace: Trace | null
  /** The hostPath mounts of the inputs behind `trace`. */
  mounts: [string, string][]
  /** The most recent result, good or not (commands read their output from here). */
  latest: SimResult | null
  diagnostics: Diagnostic[]
  /** Set when the client itself failed (e.g. the worker crashed). */
  failure: string | null
  /** Increments with every applied result; the timeline reports which one it has drawn. */
  version: number
  drawnVersion: number
  setSimStatus: (status: SimStatus) => void
  applyResult: (result: SimResult) => void
  failSimulation: (message: string) => void
  markDrawn: (version: number) => void
}

export const hasErrors = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.severity === 'error')

export const createSimulationSlice: StateCreator<SimulationSlice> = (set, get) => ({
  status: 'idle',
  trace: null,
  mounts: [],
  latest: null,
  diagnostics: [],
  failure: null,
  version: 0,
  drawnVersion: 0,
  setSimStatus: (status) => set({ status }),
  applyResult: (result) => {
    const keepOld = hasErrors(result.diagnostics) && get().trace !== null
    set({
      status: 'idle',
      latest: result,
      diagnostics: result.diagnostics,
      failure: null,
      trace: keepOld ? get().trace : result.trace,
      mounts: keepOld ? get().mounts : (result.hostMounts ?? []),
      version: get().version + 1,
    })
  },
  failSimulation: (message) => set({ status: 'error', failure: message, version: get().version + 1 }),
  markDrawn: (version) => {
    if (version > get().drawnVersion) set({ drawnVersion: version })
  },
})

/** True when the screen shows an older trace than the learner's current text would give. */
export const isStale = (s: SimulationSlice) => hasErrors(s.diagnostics) || s.failure !== null
