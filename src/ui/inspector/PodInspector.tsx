// The selected pod at the playhead: `kubectl describe pod` from the engine, and what its
// containers had printed by then (from the trace). Selecting a pod on the timeline opens it.
import { useMemo, useState } from 'react'
import { formatOffset } from '../../sim/kernel/time'
import { actions } from '../../state/actions'
import { podDecisionsAt } from '../../state/selectors/podDecisionsAt'
import { podLogsAt } from '../../state/selectors/podLogsAt'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'
import { DecisionList } from '../why/DecisionList'
import { useDescribe } from './useDescribe'
import { nodeCommand } from './chaosCommands'
import { KillForm } from './KillForm'
import { nodeDownAt, podNodeAt } from '../../state/selectors/nodeAt'
import './inspector.css'

export function PodInspector() {
  const pod = useAppStore((s) => s.selectedPod)
  const time = useAppStore((s) => s.time)
  const version = useAppStore((s) => s.version)
  const trace = useAppStore((s) => s.trace)
  const described = useDescribe(pod, time, version)
  const logs = useMemo(() => (trace && pod ? podLogsAt(trace, pod, time) : []), [trace, pod, time])
  const reasons = useMemo(() => (trace && pod ? podDecisionsAt(trace, pod, time) : []), [trace, pod, time])
  const [said, setSaid] = useState<{ pod: string; command: string; text: string } | null>(null)
  const [killing, setKilling] = useState<string | null>(null)
  const node = useMemo(() => (trace && pod ? podNodeAt(trace, pod, time) : null), [trace, pod, time])
  const nodeDown = useMemo(() => (trace && node ? nodeDownAt(trace, node, time) : false), [trace, node, time])
  // A disruption typed for the learner: it becomes a step at the playhead, as in the console.
  const runStep = async (name: string, command: string) => {
    const event = await actions.runCommand(command)
    setSaid({ pod: name, command, text: event?.output.trim() || 'The simulation did not run the command.' })
  }
  const deletePod = (name: string) => runStep(name, `kubectl delete pod ${name}`)

  if (!pod) return <p className="inspector-empty muted">Click a pod on the timeline to see <code>kubectl describe</code> and its logs at the playhead.</p>
  const behind = described !== null && described.at !== time
  return (
    <div className="inspector" data-pod-inspector={pod}>
      <div className="inspector-head">
        <strong>{pod}</strong>
        <span className="muted">at t = {formatOffset(time)}{behind ? ' · updating…' : ''}</span>
        <span className="inspector-actions">
          <button type="button" className="small-button" title={`Runs kubectl delete pod ${pod} at t = ${formatOffset(time)}, as a step of the scenario`}
            onClick={() => void deletePod(pod)}>Delete pod here</button>
          <button type="button" className="small-button" aria-expanded={killing === pod} title={`Kills a container of ${pod} at t = ${formatOffset(time)} with chaos kill, as a step of the scenario`}
            onClick={() => setKilling(killing === pod ? null : pod)}>Kill container here…</button>
          {node && (
            <button type="button" className="small-button" title={`Runs ${nodeCommand(node, !nodeDown)} at t = ${formatOffset(time)}, as a step of the scenario`}
              onClick={() => void runStep(pod, nodeCommand(node, !nodeDown))}>{nodeDown ? `Node up here (${node})` : `Node down here (${node})`}</button>
          )}
        </span>
        <button type="button" className="icon-button" aria-label="Close the pod inspector" onClick={() => appStore.getState().selectPod(null)}>×</button>
      </div>
      {killing === pod && (
        <KillForm pod={pod} containers={[...new Set(logs.map((l) => l.container))]} onCancel={() => setKilling(null)}
          onKill={(command) => {
            setKilling(null)
            void runStep(pod, command)
          }} />
      )}
      {said?.pod === pod && <p className="inspector-said" role="status"><code>$ {said.command}</code> {said.text}</p>}
      <h3>$ kubectl describe pod {pod}</h3>
      <pre className="inspector-describe" aria-busy={described === null}>
        {described === null ? 'Asking the simulated cluster…' : (described.text ?? 'The simulation could not answer (see the message above the timeline).')}
      </pre>
      <h3>Why: what the cluster decided about it</h3>
      {reasons.length === 0 ? <p className="muted">No decision about this pod yet.</p> : <DecisionList records={reasons} />}
      <h3>Logs by the playhead</h3>
      {logs.length === 0 ? <p className="muted">Nothing printed yet.</p> : (
        <pre className="inspector-logs">
          {logs.map((l, i) => <span key={i} className={l.stream === 'stderr' ? 'stderr' : undefined}>[{l.container}] {l.text}{'\n'}</span>)}
        </pre>
      )}
    </div>
  )
}
