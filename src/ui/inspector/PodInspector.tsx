// The selected pod at the playhead: `kubectl describe pod` from the engine, and what its
// containers had printed by then (from the trace). Selecting a pod on the timeline opens it.
import { useMemo, useState } from 'react'
import { formatOffset } from '../../sim/kernel/time'
import { actions } from '../../state/actions'
import { podDecisionsAt } from '../../state/selectors/podDecisionsAt'
import { podLogsAt } from '../../state/selectors/podLogsAt'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'
import { useDescribe } from './useDescribe'
import './inspector.css'

export function PodInspector() {
  const pod = useAppStore((s) => s.selectedPod)
  const time = useAppStore((s) => s.time)
  const version = useAppStore((s) => s.version)
  const trace = useAppStore((s) => s.trace)
  const described = useDescribe(pod, time, version)
  const logs = useMemo(() => (trace && pod ? podLogsAt(trace, pod, time) : []), [trace, pod, time])
  const reasons = useMemo(() => (trace && pod ? podDecisionsAt(trace, pod, time) : []), [trace, pod, time])
  const [said, setSaid] = useState<{ pod: string; text: string } | null>(null)
  // A disruption typed for the learner: it becomes a step at the playhead, as in the console.
  const deletePod = async (name: string) => {
    const event = await actions.runCommand(`kubectl delete pod ${name}`)
    setSaid({ pod: name, text: event?.output.trim() || 'The simulation did not run the command.' })
  }

  if (!pod) return <p className="inspector-empty muted">Click a pod on the timeline to see <code>kubectl describe</code> and its logs at the playhead.</p>
  const behind = described !== null && described.at !== time
  return (
    <div className="inspector" data-pod-inspector={pod}>
      <div className="inspector-head">
        <strong>{pod}</strong>
        <span className="muted">at t = {formatOffset(time)}{behind ? ' · updating…' : ''}</span>
        <button type="button" className="small-button" title={`Runs kubectl delete pod ${pod} at t = ${formatOffset(time)}, as a step of the scenario`}
          onClick={() => void deletePod(pod)}>Delete pod here</button>
        <button type="button" className="icon-button" aria-label="Close the pod inspector" onClick={() => appStore.getState().selectPod(null)}>×</button>
      </div>
      {said?.pod === pod && <p className="inspector-said" role="status"><code>$ kubectl delete pod {pod}</code> {said.text}</p>}
      <h3>$ kubectl describe pod {pod}</h3>
      <pre className="inspector-describe" aria-busy={described === null}>
        {described === null ? 'Asking the simulated cluster…' : (described.text ?? 'The simulation could not answer (see the message above the timeline).')}
      </pre>
      <h3>Why: what the cluster decided about it</h3>
      {reasons.length === 0 ? <p className="muted">No decision about this pod yet.</p> : (
        <ol className="inspector-why">
          {reasons.map((d, i) => (
            <li key={i}><span className="why-at">{formatOffset(d.at)}</span> <span className="why-who">{d.controller}</span> {d.text}</li>
          ))}
        </ol>
      )}
      <h3>Logs by the playhead</h3>
      {logs.length === 0 ? <p className="muted">Nothing printed yet.</p> : (
        <pre className="inspector-logs">
          {logs.map((l, i) => <span key={i} className={l.stream === 'stderr' ? 'stderr' : undefined}>[{l.container}] {l.text}{'\n'}</span>)}
        </pre>
      )}
    </div>
  )
}
