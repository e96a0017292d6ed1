// Step times in a scenario (DESIGN §4.1): `90s`, `2m`, `1m30s`, `1h`, `500ms`, or a plain number of
// seconds. Returns milliseconds, or an error message naming what was wrong.

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 }

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

export function parseStepTime(input: unknown): Parsed<number> {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return { ok: false, error: `time must be 0 or more seconds, got ${input}` }
    return { ok: true, value: Math.round(input * 1000) }
  }
  if (typeof input !== 'string') return { ok: false, error: 'time must be like 90s, 2m, 1m30s or a number of seconds' }
  const text = input.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return { ok: true, value: Math.round(Number(text) * 1000) }
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy
  let total = 0
  let matched = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * UNIT_MS[m[2]!]!
    matched = re.lastIndex
  }
  if (matched === 0 || matched !== text.length) {
    return { ok: false, error: `cannot read "${input}" as a time: use 90s, 2m, 1m30s or a number of seconds` }
  }
  return { ok: true, value: Math.round(total) }
}
