// Go's time.ParseDuration for flags such as `--timeout=30s` or `--request-timeout=1m`:
// a sequence of numbers with units ns, us, ms, s, m, h. Returns milliseconds or null.
const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

export function parseGoDuration(text: string): number | null {
  if (text === '0') return 0
  const neg = text.startsWith('-')
  const body = neg || text.startsWith('+') ? text.slice(1) : text
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y
  let total = 0
  let pos = 0
  for (let m = re.exec(body); m; m = re.exec(body)) {
    total += Number(m[1]) * UNITS[m[2]!]!
    pos = re.lastIndex
  }
  if (pos === 0 || pos !== body.length) return null
  return Math.round(neg ? -total : total)
}
