// The time scale for a zoom transform: the whole run fits [left, right] at k = 1, and d3-zoom's
// transform (applied in pixels) narrows the visible time range from there.
import type { ZoomTransform } from 'd3'
import { timeScale, type TimeScale } from './timeScale'

export function zoomedScale(transform: Pick<ZoomTransform, 'x' | 'k'>, end: number, left: number, right: number): TimeScale {
  const base = timeScale([0, end], [left, Math.max(left + 1, right)])
  const from = base.t((left - transform.x) / transform.k)
  const to = base.t((right - transform.x) / transform.k)
  return timeScale([from, to], base.range)
}
