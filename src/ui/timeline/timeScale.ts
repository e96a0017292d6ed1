// Simulated milliseconds ↔ pixels. The only place the two units meet; renderers take one of
// these rather than computing positions themselves.
import { formatOffset } from '../../sim/kernel/time'

export interface TimeScale {
  /** Visible simulated-time range, ms. */
  readonly domain: readonly [number, number]
  /** Pixel range the domain maps to. */
  readonly range: readonly [number, number]
  x(t: number): number
  t(px: number): number
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [t0, t1] = domain
  const [x0, x1] = range
  const k = t1 > t0 ? (x1 - x0) / (t1 - t0) : 0
  return {
    domain, range,
    x: (t) => x0 + (t - t0) * k,
    t: (px) => (k ? t0 + (px - x0) / k : t0),
  }
}

const STEPS_MS = [100, 250, 500, 1e3, 2e3, 5e3, 10e3, 15e3, 30e3, 60e3, 120e3, 300e3, 600e3, 900e3, 1800e3, 3600e3, 7200e3, 21600e3, 43200e3, 86400e3]

/** Round tick positions (`0s, 30s, 1m, …`) at least `minSpacing` px apart. */
export function timeTicks(scale: TimeScale, minSpacing = 72): number[] {
  const [t0, t1] = scale.domain
  const px = scale.range[1] - scale.range[0]
  if (px <= 0 || t1 <= t0) return []
  const perPx = (t1 - t0) / px
  const step = STEPS_MS.find((s) => s / perPx >= minSpacing) ?? STEPS_MS.at(-1)!
  const ticks: number[] = []
  for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) ticks.push(t)
  return ticks
}

export const formatTick = (t: number) => formatOffset(Math.round(t))
