// The message above the timeline when the learner's input has a problem: what is wrong and
// where, while the last good timeline stays visible (greyed) below.
import { useMemo } from 'react'
import { useAppStore } from '../hooks/useAppStore'

export function StatusBanner() {
  const diagnostics = useAppStore((s) => s.diagnostics)
  const failure = useAppStore((s) => s.failure)
  const trace = useAppStore((s) => s.trace)
  const notices = useMemo(() => trace?.events.filter((e) => e.type === 'notice' && e.level === 'warning').length ?? 0, [trace])
  const errors = diagnostics.filter((d) => d.severity === 'error')
  if (!failure && errors.length === 0 && notices === 0) return null
  const first = errors[0]
  return (
    <div className="status-banner" role="alert">
      {failure && <p><strong>The simulation stopped:</strong> {failure}. Your text is safe; edit to try again.</p>}
      {first && (
        <p>
          <strong>{first.file}{first.line ? `:${first.line}` : ''}</strong> {first.message}
          {errors.length > 1 && <span className="more"> (+{errors.length - 1} more)</span>}
          <span className="muted"> · showing the last timeline that worked</span>
        </p>
      )}
      {!failure && !first && notices > 0 && <p>The run stopped early; see the notices in the events table.</p>}
    </div>
  )
}
