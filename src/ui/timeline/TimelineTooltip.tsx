// The hover card: what the row was doing under the pointer, from when to when, and why.
import { formatOffset } from '../../sim/kernel/time'
import type { Hit } from './hitTest'
import { useCronText } from './useCronText'

/** Tooltip times to a tenth of a second: enough to read, not noisy. */
const at = (t: number) => formatOffset(Math.round(t / 100) * 100)
const span = (a: number, b: number) => `${at(a)} → ${at(b)} (${at(b - a)})`

export function TimelineTooltip({ x, y, hit, boxWidth }: { x: number; y: number; hit: Hit; boxWidth: number }) {
  const { row, segment, marker, why } = hit
  const left = x + 260 > boxWidth ? Math.max(4, x - 256) : x + 14
  const exit = segment?.exitCodes ? Object.entries(segment.exitCodes) : []
  const cron = row.cronJob
  const cronWords = useCronText(cron?.schedule)
  return (
    <div className="timeline-tooltip" style={{ left, top: y + 14 }} role="tooltip">
      <div className="tt-title">{row.kind === 'job' ? `Job ${row.name}` : row.name}</div>
      {cron && (
        <div className="tt-cron">
          from CronJob {cron.name}: <code>{cron.schedule}</code>{cron.timeZone ? ` (${cron.timeZone})` : ''}{cronWords ? ` · ${cronWords}` : ''}
        </div>
      )}
      {marker && <div className={`tt-marker m-${marker.kind}`}>{at(marker.at)} · {marker.label}</div>}
      {why && <div className="tt-marker m-decision">{at(why.at)} · {why.label}</div>}
      {segment && (
        <dl>
          <dt>Status</dt>
          <dd><span className={`swatch c-${segment.category}`} />{segment.status}{row.kind === 'job' ? ` ${segment.completions}` : ''}</dd>
          <dt>Time</dt><dd>{span(segment.start, segment.end)}</dd>
          {row.kind === 'pod' && <><dt>Ready</dt><dd>{segment.ready}</dd><dt>Restarts</dt><dd>{segment.restarts}</dd></>}
          {segment.conditions.length > 0 && <><dt>Conditions</dt><dd>{segment.conditions.join(', ')}</dd></>}
          {exit.length > 0 && <><dt>Exit code</dt><dd>{exit.map(([c, code]) => `${c}: ${code}`).join(', ')}</dd></>}
          {row.node && <><dt>Node</dt><dd>{row.node}</dd></>}
        </dl>
      )}
    </div>
  )
}
