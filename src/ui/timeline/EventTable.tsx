// The accessible alternative to the chart: every trace event up to the playhead as a table
// (newest last), the same data a screen reader or a keyboard user can walk through.
import { useEffect, useMemo, useRef } from 'react'
import { formatOffset } from '../../sim/kernel/time'
import type { TraceEvent } from '../../sim/trace/events'
import { countUntil } from '../../state/selectors/eventsUntil'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'

const MAX_ROWS = 500

export function describeEvent(e: TraceEvent): { object: string; what: string } {
  switch (e.type) {
    case 'pod': return { object: `Pod/${e.name}`, what: `${e.deleted ? 'deleted · ' : ''}${e.status} · ready ${e.ready} · restarts ${e.restarts}` }
    case 'job': return { object: `Job/${e.name}`, what: `${e.status} ${e.completions}` }
    case 'event': return { object: e.object, what: `${e.eventType} ${e.reason}: ${e.message}` }
    case 'write': return { object: `Pod/${e.pod}`, what: `${e.container} ${e.append ? 'appended to' : 'wrote'} ${e.path}: ${e.data.trimEnd()}` }
    case 'log': return { object: `Pod/${e.pod}`, what: `${e.container} printed: ${e.text}` }
    case 'delete': return { object: e.object, what: 'deleted' }
    case 'command': return { object: 'kubectl', what: `$ ${e.command} → exit ${e.exitCode}` }
    case 'decision': return { object: e.object, what: `${e.controller}: ${e.text}` }
    case 'notice': return { object: 'simulation', what: e.text }
  }
}

/** A pod or Job in a row is a way in: it moves the playhead to the row and selects the object,
 * which opens what the cluster decided about it by then (the pod inspector, or Why for a Job). */
function ObjectCell({ object, at }: { object: string; at: number }) {
  const [kind, name] = object.split('/', 2) as [string, string | undefined]
  if (!name || (kind !== 'Pod' && kind !== 'Job')) return <>{object}</>
  const open = () => {
    const store = appStore.getState()
    store.pause()
    store.seek(at)
    if (kind === 'Pod' && store.selectedPod !== name) store.selectPod(name)
    if (kind === 'Job' && store.selectedJob !== name) store.selectJob(name)
  }
  return <button type="button" className="link-button" onClick={open} title={`Why? ${object} at ${formatOffset(at)}`}>{object}</button>
}

export function EventTable() {
  const trace = useAppStore((s) => s.trace)
  const time = useAppStore((s) => s.time)
  const events = useMemo(() => {
    if (!trace) return []
    const n = countUntil(trace.events, time)
    return trace.events.slice(Math.max(0, n - MAX_ROWS), n)
  }, [trace, time])
  const wrap = useRef<HTMLDivElement>(null)
  // Newest last, so follow the bottom as the playhead moves on.
  useEffect(() => {
    if (wrap.current) wrap.current.scrollTop = wrap.current.scrollHeight
  }, [events])
  return (
    <div ref={wrap} className="event-table-wrap" tabIndex={0} aria-label="Events up to the playhead">
      <table className="event-table">
        <caption className="visually-hidden">Trace events up to the playhead (last {MAX_ROWS})</caption>
        <thead><tr><th scope="col">t</th><th scope="col">Type</th><th scope="col">Object</th><th scope="col">What happened</th></tr></thead>
        <tbody>
          {events.map((e, i) => {
            const d = describeEvent(e)
            return (
              <tr key={i} className={`ev-${e.type}`}>
                <td className="num">{formatOffset(e.at)}</td><td>{e.type}</td><td><ObjectCell object={d.object} at={e.at} /></td><td>{d.what}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {events.length === 0 && <p className="empty">Nothing has happened yet at this point in time.</p>}
    </div>
  )
}
