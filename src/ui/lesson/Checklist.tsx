// A lesson's checks, ticked as the playhead passes each one's time. The store selector returns a
// short string (one character per check), so playback re-renders the list only when a tick changes.
import { useMemo } from 'react'
import type { CheckKind } from '../../scenario/checks'
import { checklist } from '../../state/lesson'
import { useAppStore } from '../hooks/useAppStore'

export function Checklist({ kind, label }: { kind: CheckKind; label: string }) {
  const timed = useAppStore((s) => s.timedChecks)
  const seen = useAppStore((s) => s.seenChecks)
  const ticks = useAppStore((s) => checklist(s.timedChecks, s.time).map((c) => (c.passed ? '1' : '0')).join(''))
  const items = useMemo(() => checklist(timed, 0).map((c, i) => ({ ...c, passed: ticks[i] === '1' })).filter((c) => c.kind === kind), [timed, ticks, kind])
  if (items.length === 0) return null
  const done = items.filter((c) => c.passed).length
  return (
    <section className="checklist" aria-label={label} data-kind={kind}>
      <h3>{label} <span className="muted">{done}/{items.length}</span></h3>
      <ul>
        {items.map((c) => {
          const before = !c.passed && seen.includes(c.id)
          return (
            <li key={c.id} data-check={c.id} data-passed={c.passed} className={c.passed ? 'passed' : before ? 'seen' : ''}
              title={before ? 'You have seen this pass; it happens later in the run.' : undefined}>
              <span className="tick" aria-hidden="true">{c.passed ? '✓' : ''}</span>
              <span className="visually-hidden">{c.passed ? 'passed: ' : 'not yet: '}</span>
              {c.text}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
