// What each run came to, side by side: pods, how the Jobs ended and how long they took, the run's
// length and every hostPath file as it was left. Rows that differ are marked; the rest are there
// to show what a change did not change.
import { useMemo } from 'react'
import { diffOutcomes, isBStale, summarizeOutcome } from '../../state/compare'
import { isStale } from '../../state/slices/simulation'
import { useAppStore } from '../hooks/useAppStore'
import { useCompareStore } from './useCompareStore'

export function OutcomeDiff() {
  const traceA = useAppStore((s) => s.trace)
  const mountsA = useAppStore((s) => s.mounts)
  const traceB = useCompareStore((s) => s.trace)
  const mountsB = useCompareStore((s) => s.mounts)
  const staleA = useAppStore(isStale)
  const staleB = useCompareStore(isBStale)
  const stale = [staleA && 'A', staleB && 'B'].filter(Boolean).join(' and ')
  const rows = useMemo(() => (traceA && traceB ? diffOutcomes(summarizeOutcome(traceA, mountsA), summarizeOutcome(traceB, mountsB)) : []),
    [traceA, mountsA, traceB, mountsB])
  const differing = rows.filter((r) => r.differs).length
  return (
    <div className="outcome-diff">
      <table aria-label="Outcomes of A and B" data-testid="outcome-diff">
        <caption>
          At the end of each run{rows.length > 0 && <span className="muted"> · {differing === 0 ? 'no difference' : `${differing} of ${rows.length} differ`}</span>}
          {stale && <span className="muted"> · {stale}: the last run that worked</span>}
        </caption>
        <thead>
          <tr><th scope="col" /><th scope="col"><span className="side-badge side-a">A</span></th><th scope="col"><span className="side-badge side-b">B</span></th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className={r.differs ? 'differs' : undefined} data-label={r.label} data-differs={r.differs}>
              <th scope="row">{r.differs && <span className="diff-mark" aria-label="differs">≠</span>}{r.label}</th>
              {r.block ? <td><pre>{r.a}</pre></td> : <td>{r.a}</td>}
              {r.block ? <td><pre>{r.b}</pre></td> : <td>{r.b}</td>}
            </tr>
          ))}
          {rows.length === 0 && <tr><td colSpan={3} className="muted">Waiting for both runs…</td></tr>}
        </tbody>
      </table>
    </div>
  )
}
