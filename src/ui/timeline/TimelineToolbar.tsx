// Above the rows: the legend, the Jobs' status at the playhead, the pod count and zoom controls.
import { JobStatus } from './JobStatus'
import { LEGEND } from './statusCategory'

interface Props {
  podCount: number
  zoomBy: (factor: number | null) => void
}

export function TimelineToolbar({ podCount, zoomBy }: Props) {
  return (
    <div className="timeline-toolbar">
      <ul className="legend" aria-label="Status colours">
        {LEGEND.map(({ category, label }) => (
          <li key={category}><span className={`swatch c-${category}`} aria-hidden="true" />{label}</li>
        ))}
      </ul>
      <div className="timeline-tools">
        <JobStatus />
        <span className="pod-count">{podCount} {podCount === 1 ? 'pod' : 'pods'}</span>
        <span className="hint" title="Wheel: zoom · Drag: pan · Shift+wheel: scroll rows">Wheel zoom · drag pan</span>
        <div className="button-group" role="group" aria-label="Zoom">
          <button type="button" onClick={() => zoomBy(1 / 1.6)} aria-label="Zoom out">−</button>
          <button type="button" onClick={() => zoomBy(null)} aria-label="Fit the whole run">Fit</button>
          <button type="button" onClick={() => zoomBy(1.6)} aria-label="Zoom in">+</button>
        </div>
      </div>
    </div>
  )
}
