// "The timeline morphs": when a what-if slider brings a new run, bars glide from where they were
// to where the new run puts them instead of jumping. Rows are matched by kind and name (a pod
// keeps its name across runs of one seed as long as the Job makes the same pods), segments by
// position in their row; a row or segment with nothing to come from grows in from its start.
// Pure: times in, rows out; TimelineView asks for a frame and draws it.
import type { Segment, TimelineRow } from './layout'
import type { VisibleRow } from './renderRows'

export const MORPH_MS = 150

const rowKey = (r: TimelineRow) => `${r.kind}:${r.name}`
const lerp = (a: number, b: number, t: number) => a + (b - a) * t
/** Ease-out: fast at first, settling onto the new geometry. */
export const easeOut = (t: number) => 1 - (1 - t) ** 3

/** `to` at progress `t` (0..1) of the way from `from`. */
export function interpolateRow(from: TimelineRow | undefined, to: TimelineRow, t: number): TimelineRow {
  if (t >= 1) return to
  if (!from) {
    // A new row draws itself in from its start.
    const cut = lerp(to.start, to.end, t)
    const segments = to.segments.filter((s) => s.start < cut).map((s) => ({ ...s, end: Math.min(s.end, cut) }))
    return { ...to, segments }
  }
  const segments = to.segments.map((s, i): Segment => {
    const was = from.segments[i]
    return was ? { ...s, start: lerp(was.start, s.start, t), end: lerp(was.end, s.end, t) } : { ...s, end: lerp(s.start, s.end, t) }
  })
  return { ...to, start: lerp(from.start, to.start, t), end: lerp(from.end, to.end, t), segments }
}

export interface MorphFrame {
  visible: VisibleRow[]
  /** The time axis end to draw with (it morphs too, or every bar would jump with the scale). */
  end: number
  /** More frames to come. */
  running: boolean
}

export interface BarMorph {
  /** New rows arrived: glide to them from what is on screen (`animate`) or jump. */
  retarget(rows: readonly TimelineRow[], end: number, animate: boolean, now: number): void
  frame(visible: VisibleRow[], end: number, now: number): MorphFrame
}

export function createBarMorph(duration = MORPH_MS): BarMorph {
  let target: { rows: readonly TimelineRow[]; end: number } | null = null
  let from: { rows: Map<string, TimelineRow>; end: number; started: number } | null = null

  const progress = (now: number) => (from ? Math.min(1, Math.max(0, (now - from.started) / duration)) : 1)

  return {
    retarget(rows, end, animate, now) {
      if (target && target.rows === rows && target.end === end) return
      if (animate && target && target.rows.length > 0) {
        // Start from what is on screen now, which may itself be part-way through a morph.
        const t = easeOut(progress(now))
        const shown = new Map<string, TimelineRow>()
        for (const r of target.rows) shown.set(rowKey(r), from ? interpolateRow(from.rows.get(rowKey(r)), r, t) : r)
        from = { rows: shown, end: from ? lerp(from.end, target.end, t) : target.end, started: now }
      } else {
        from = null
      }
      target = { rows, end }
    },
    frame(visible, end, now) {
      const p = progress(now)
      if (!from || p >= 1) {
        from = null
        return { visible, end, running: false }
      }
      const t = easeOut(p)
      const rows = from.rows
      return {
        visible: visible.map(({ row, index }) => ({ row: interpolateRow(rows.get(rowKey(row)), row, t), index })),
        end: lerp(from.end, end, t),
        running: true,
      }
    },
  }
}
