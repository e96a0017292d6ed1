// Compare mode's own store: scenario B (its files and steps), B's latest run, and which side the
// editor shows. A stays in the page's store untouched, so closing compare mode returns to A
// exactly as it was. B has no seed of its own: it always runs on A's seed, start time and nodes
// (compareActions), so the two runs differ only where the texts do.
import { createStore } from 'zustand/vanilla'
import type { Trace } from '../../sim/trace/events'
import type { Diagnostic, ScenarioInput, SimResult } from '../../worker/simClient'
import { hasErrors, type SimStatus } from '../slices/simulation'

export type Side = 'a' | 'b'

export interface CompareState {
  open: boolean
  /** The scenario the editor shows. */
  side: Side
  /** B's files and steps (seed, start time and nodes are A's). */
  files: Record<string, string>
  steps: ScenarioInput['steps']
  activeFile: string
  status: SimStatus
  /** B's last trace without error diagnostics (kept while an edit of B is broken, as for A). */
  trace: Trace | null
  mounts: [string, string][]
  diagnostics: Diagnostic[]
  failure: string | null
  /** Increments with every applied result; the compare view reports which one it has drawn. */
  version: number
  drawnVersion: number
}

export const initialCompare: CompareState = {
  open: false, side: 'a', files: {}, steps: [], activeFile: '', status: 'idle', trace: null, mounts: [],
  diagnostics: [], failure: null, version: 0, drawnVersion: 0,
}

export const createCompareStore = () => createStore<CompareState>()(() => ({ ...initialCompare }))
export type CompareStore = ReturnType<typeof createCompareStore>

/** The state after a simulation of B answered: as the simulation slice does for A. */
export function withResult(s: CompareState, result: SimResult): Partial<CompareState> {
  const keepOld = hasErrors(result.diagnostics) && s.trace !== null
  return {
    status: 'idle',
    diagnostics: result.diagnostics,
    failure: null,
    trace: keepOld ? s.trace : result.trace,
    mounts: keepOld ? s.mounts : (result.hostMounts ?? []),
    version: s.version + 1,
  }
}

/** True when B's timeline is older than B's text (an error in B, or a failed run). */
export const isBStale = (s: CompareState) => hasErrors(s.diagnostics) || s.failure !== null
