// The Jobs' STATUS and COMPLETIONS at the playhead, as `kubectl get jobs` would print them, so
// the outcome is readable without hovering over the Job lane. The selector returns one string
// (a line per Job, name and status split by a tab), so React renders only when it changes, not on
// every frame of playback.
import { jobsAt } from '../../state/selectors/objectsAt'
import { useAppStore } from '../hooks/useAppStore'

export function JobStatus() {
  const text = useAppStore((s) => (s.trace ? jobsAt(s.trace, s.time).map((j) => `${j.name}\t${j.status} ${j.completions}`).join('\n') : ''))
  if (!text) return null
  return (
    <span className="job-status" data-testid="job-status" title="Jobs at the playhead (kubectl get jobs)">
      {text.split('\n').map((line, i) => {
        const [name, status] = line.split('\t')
        // On a narrow screen the name gives way (ellipsis); the status always shows.
        return <span key={name} className="job-chip">{i > 0 && ' · '}<span className="job-name">{name}</span><span className="job-state">: <b>{status}</b></span></span>
      })}
    </span>
  )
}
