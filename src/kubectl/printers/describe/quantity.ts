// Just enough of apimachinery's `resource.Quantity` for `kubectl describe node`: parse `100m`,
// `4`, `0.5`, `50Mi`, `128M`, `1G`, `16365384Ki`; add; and print the canonical form `String()`
// gives (`100m`, `2`, `50Mi`, `0`), keeping the first operand's format (binary or decimal SI).
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 }
const DECIMAL: Record<string, number> = { m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 }

export interface Quantity {
  /** The value in thousandths of a unit (milli-CPU, milli-bytes), kept whole. */
  milli: number
  format: 'BinarySI' | 'DecimalSI'
}

export const ZERO: Quantity = { milli: 0, format: 'DecimalSI' }

export function parseQuantity(text: string | undefined): Quantity {
  const m = /^([+-]?\d+(?:\.\d+)?)([a-zA-Z]*)$/.exec((text ?? '').trim())
  if (!m) return ZERO
  const n = Number(m[1])
  const suffix = m[2]!
  if (suffix in BINARY) return { milli: Math.round(n * BINARY[suffix]! * 1000), format: 'BinarySI' }
  if (suffix in DECIMAL) return { milli: Math.round(n * DECIMAL[suffix]! * 1000), format: 'DecimalSI' }
  return ZERO
}

export function addQuantity(a: Quantity, b: Quantity): Quantity {
  return { milli: a.milli + b.milli, format: a.milli === 0 && a === ZERO ? b.format : a.format }
}

/** `Quantity.String()`: the largest suffix that keeps the value whole; milli only when needed. */
export function quantityString(q: Quantity): string {
  if (q.milli === 0) return '0'
  if (q.milli % 1000 !== 0) return `${q.milli}m`
  const whole = q.milli / 1000
  if (q.format === 'BinarySI' && whole % 1024 === 0) {
    const suffixes = Object.entries(BINARY).reverse()
    for (const [s, f] of suffixes) if (whole % f === 0) return `${whole / f}${s}`
  }
  if (q.format === 'DecimalSI') {
    for (const s of ['E', 'P', 'T', 'G', 'M', 'k']) if (whole % DECIMAL[s]! === 0) return `${whole / DECIMAL[s]!}${s}`
  }
  return String(whole)
}
