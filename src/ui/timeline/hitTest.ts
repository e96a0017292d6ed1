// What is under the pointer: pure arithmetic over the layout, so hover and click need no DOM
// lookups and work the same for 5 rows or 5,000.
import type { Marker, Segment, TimelineRow } from './layout'
import type { TimeScale } from './timeScale'

export interface Hit {
  row: TimelineRow
  segment: Segment | null
  marker: Marker | null
  /** The decision recorded at the same instant as the marker, if any. */
  why: Marker | null
}

/** The row under the pointer, and what of it: its label (no segment), a segment, a marker. A row
 * is hit anywhere across it, so clicking a pod's name or an empty stretch of its row selects it. */
export function hitTest(rows: readonly TimelineRow[], scale: TimeScale, rowHeight: number, x: number, y: number): Hit | null {
  const row = y >= 0 ? rows[Math.floor(y / rowHeight)] : undefined
  if (!row) return null
  if (x < scale.range[0]) return { row, segment: null, marker: null, why: null }
  // Several markers can share an instant (an Event and the decision behind it): prefer the Event.
  const near = row.markers.filter((m) => Math.abs(scale.x(m.at) - x) <= 4)
  const marker = near.find((m) => m.kind !== 'decision') ?? near[0] ?? null
  const why = near.find((m) => m.kind === 'decision' && m !== marker) ?? null
  const t = scale.t(x)
  const segment = row.segments.find((s) => s.start <= t && t < s.end) ?? null
  return { row, segment, marker, why }
}
