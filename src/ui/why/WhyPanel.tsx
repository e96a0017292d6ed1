// "Why?": what the Job controller, the kubelet, the scheduler … decided by the playhead, and why,
// for the selected pod, the selected Job, or the whole run. Built only from the trace's decision
// records; each names the Kubernetes documentation for its rule.
import { useMemo } from 'react'
import { formatOffset } from '../../sim/kernel/time'
import { decisionsAt, type WhyScope } from '../../state/selectors/decisionsAt'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'
import { DecisionList } from './DecisionList'

/** A whole run of a big Job has thousands of records; the latest ones are the ones being read. */
const SHOWN = 200

export function WhyPanel() {
  const trace = useAppStore((s) => s.trace)
  const time = useAppStore((s) => s.time)
  const pod = useAppStore((s) => s.selectedPod)
  const job = useAppStore((s) => s.selectedJob)
  const scope = useMemo<WhyScope>(() => (pod ? { kind: 'pod', name: pod } : job ? { kind: 'job', name: job } : { kind: 'all' }), [pod, job])
  const records = useMemo(() => (trace ? decisionsAt(trace, scope, time) : []), [trace, time, scope])
  const about = scope.kind === 'all' ? 'the whole run' : `${scope.kind === 'pod' ? 'pod' : 'Job'} ${scope.name}`
  return (
    <div className="why-pane" data-why-scope={scope.kind}>
      <div className="why-head">
        <span className="muted">Decisions about <strong>{about}</strong> by t = {formatOffset(time)} · {records.length}</span>
        {scope.kind !== 'all' && (
          <button type="button" className="small-button" onClick={() => (pod ? appStore.getState().selectPod(null) : appStore.getState().selectJob(null))}>Show all</button>
        )}
      </div>
      <div className="why-body">
        {records.length === 0
          ? <p className="why-empty muted">No decision yet. Play, or click a pod or a Job on the timeline: every step the cluster takes is explained here.</p>
          : (
            <>
              {records.length > SHOWN && <p className="why-empty muted">{records.length - SHOWN} earlier decisions are not shown; pick a pod or a Job to narrow the list.</p>}
              <DecisionList records={records.slice(-SHOWN)} showObject={scope.kind !== 'pod'} follow />
            </>
          )}
      </div>
    </div>
  )
}
