// The timeline's rows told as text, for the ARIA grid that stands beside the canvas: a row's
// status at the playhead and its segments as "Pending 0s–2s, Running 2s–7s, Completed 7s–".
// Plain reading of the layout (itself read from the trace); no rule is decided here.
import { formatOffset } from '../../sim/kernel/time'
import type { TimelineRow } from './layout'
import { segmentLabel } from './renderRows'

/** Times to a tenth of a second: enough to read, short enough to listen to. */
const when = (ms: number) => formatOffset(Math.round(ms / 100) * 100)

/** Whether the row lasted until the end of the run (its last segment is then open-ended). */
const openAtEnd = (row: TimelineRow, runEnd: number) => row.end >= runEnd

export function segmentsText(row: TimelineRow, runEnd: number): string {
  const open = openAtEnd(row, runEnd)
  const parts = row.segments.map((s, i) => {
    const last = i === row.segments.length - 1
    return `${segmentLabel(row, s)} ${when(s.start)}–${last && open ? '' : when(s.end)}`
  })
  if (!open) parts.push(`deleted ${when(row.end)}`)
  return parts.join(', ')
}

export function statusAt(row: TimelineRow, t: number, runEnd: number): string {
  if (t < row.start || row.segments.length === 0) return 'not created yet'
  if (t >= row.end && !openAtEnd(row, runEnd)) return 'deleted'
  const seg = [...row.segments].reverse().find((s) => s.start <= t) ?? row.segments[0]!
  return segmentLabel(row, seg)
}

/** "hello" for a pod of Job hello, "hello, index 3" for an Indexed one, "Job" for a Job lane. */
export function ownerText(row: TimelineRow): string {
  if (row.kind === 'job') return row.cronJob ? `Job of CronJob ${row.cronJob.name}` : 'Job'
  if (row.job === null) return 'no Job'
  return row.index === null ? row.job : `${row.job}, index ${row.index}`
}

const NICE_STEPS = [100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000]

/** How far ←/→ move the playhead in a run this long: about a hundredth of it, rounded down to a
 * round number of seconds (at least 0.1 s); Shift moves ten times as far. */
export function scrubStep(runEnd: number, big: boolean): number {
  const raw = runEnd / 100
  const base = [...NICE_STEPS].reverse().find((s) => s <= raw) ?? NICE_STEPS[0]!
  return big ? base * 10 : base
}
