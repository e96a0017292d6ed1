// `window.__playground.compare()`: compare mode as the page shows it, for tests and automation —
// whether it is open, both runs' ends, the shared axis's end, and the outcome diff rows.
import { compareStore, diffOutcomes, summarizeOutcome, type DiffRow } from '../../state/compare'
import { appStore } from '../../state/store'

export interface CompareSnapshot {
  open: boolean
  /** Which side the editor shows. */
  side: 'a' | 'b'
  /** B's run is simulated and drawn (no request pending for it). */
  idle: boolean
  /** Ends of A's and B's runs (ms); the shared axis and the playhead run to the larger. */
  endA: number
  endB: number
  /** B's files as the learner has them. */
  filesB: Record<string, string>
  rows: DiffRow[]
}

export function compareSnapshot(): CompareSnapshot {
  const a = appStore.getState()
  const c = compareStore.getState()
  return {
    open: c.open,
    side: c.side,
    idle: !c.open || c.status === 'error' || (c.status === 'idle' && c.drawnVersion >= c.version),
    endA: a.trace?.end ?? 0,
    endB: c.trace?.end ?? 0,
    filesB: { ...c.files },
    rows: a.trace && c.trace ? diffOutcomes(summarizeOutcome(a.trace, a.mounts), summarizeOutcome(c.trace, c.mounts)) : [],
  }
}
