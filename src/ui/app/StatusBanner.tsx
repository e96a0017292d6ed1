// The message above the timeline when the learner's input has a problem, or the simulation
// itself failed (a crashed or runaway worker): what is wrong and where, while the last good
// timeline stays visible (greyed) below and the editor keeps the learner's text. Page notices
// (a damaged link, an unknown lesson) appear here too, as plain text with a dismiss button.
import { useMemo } from 'react'
import { actions } from '../../state/actions'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'

export function StatusBanner() {
  const diagnostics = useAppStore((s) => s.diagnostics)
  const failure = useAppStore((s) => s.failure)
  const trace = useAppStore((s) => s.trace)
  const pageNotices = useAppStore((s) => s.notices)
  const notices = useMemo(() => trace?.events.filter((e) => e.type === 'notice' && e.level === 'warning').length ?? 0, [trace])
  const errors = diagnostics.filter((d) => d.severity === 'error')
  if (!failure && errors.length === 0 && notices === 0 && pageNotices.length === 0) return null
  const first = errors[0]
  return (
    <div className="status-banner" role="alert">
      {pageNotices.length > 0 && (
        <div className="page-notices" data-testid="page-notices">
          {pageNotices.map((text) => <p key={text}>{text}</p>)}
          <button type="button" className="link-button" onClick={() => appStore.getState().dismissNotices()}>dismiss</button>
        </div>
      )}
      {failure && (
        <p>
          <strong>The simulation stopped:</strong> {failure}.{' '}
          Your text is safe{trace ? ' and the last timeline that worked is shown' : ''}; edit it or{' '}
          <button type="button" className="link-button" onClick={() => void actions.simulateNow()}>try again</button>.
        </p>
      )}
      {!failure && first && (
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
