// The schedule grammar Kubernetes accepts: github.com/robfig/cron/v3 `ParseStandard` (5 fields
// minute hour day-of-month month day-of-week, or a descriptor `@hourly`… `@every <duration>`),
// with its exact error texts, since the apiserver puts them in `spec.schedule: Invalid value`.
// Written from the library's rules (parser.go getRange/getField/normalizeFields/parseDescriptor).
// It also turns a valid schedule into what the simulator computes times with: a plain 5-field
// pattern (each field an explicit list, or `*` where robfig sets its "star" bit) or a fixed delay.
import { goQuote } from './goFormat'

interface Bounds { min: number; max: number; names?: Record<string, number> }

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 }
const DAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 }
const FIELDS: Bounds[] = [{ min: 0, max: 59 }, { min: 0, max: 23 }, { min: 1, max: 31 }, { min: 1, max: 12, names: MONTHS }, { min: 0, max: 6, names: DAYS }]

/** What a schedule means: a cron pattern (with the time zone it names, if any) or `@every`. */
export type ParsedSchedule =
  | { kind: 'cron'; pattern: string; timeZone?: string }
  | { kind: 'every'; delayMs: number; timeZone?: string }

export type ScheduleResult = { ok: true; schedule: ParsedSchedule } | { ok: false; error: string }

class ParseError extends Error {}

/** Go's strconv.Atoi, as mustParseInt uses it. */
function mustParseInt(expr: string): number {
  if (!/^[+-]?\d+$/.test(expr)) throw new ParseError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${goQuote(expr)}: invalid syntax`)
  const n = Number(expr)
  if (!Number.isSafeInteger(n)) throw new ParseError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${goQuote(expr)}: value out of range`)
  if (n < 0) throw new ParseError(`negative number (${n}) not allowed: ${expr}`)
  return n
}

function parseIntOrName(expr: string, names: Record<string, number> | undefined): number {
  const named = names?.[expr.toLowerCase()]
  return named ?? mustParseInt(expr)
}

/** One comma-separated piece: `*`, `?`, `a`, `a-b`, each optionally `/step`. Returns values and the star bit. */
function getRange(expr: string, r: Bounds, into: Set<number>): boolean {
  const rangeAndStep = expr.split('/')
  const lowAndHigh = rangeAndStep[0]!.split('-')
  const single = lowAndHigh.length === 1
  let start: number
  let end: number
  let star = false
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = r.min
    end = r.max
    star = true
  } else {
    start = parseIntOrName(lowAndHigh[0]!, r.names)
    if (lowAndHigh.length === 1) end = start
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1]!, r.names)
    else throw new ParseError(`too many hyphens: ${expr}`)
  }
  let step = 1
  if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1]!)
    if (single) end = r.max // "N/step" means "N-max/step"
    if (step > 1) star = false
  } else if (rangeAndStep.length > 2) throw new ParseError(`too many slashes: ${expr}`)
  if (start < r.min) throw new ParseError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`)
  if (end > r.max) throw new ParseError(`end of range (${end}) above maximum (${r.max}): ${expr}`)
  if (start > end) throw new ParseError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`)
  if (step === 0) throw new ParseError(`step of range should be a positive number: ${expr}`)
  for (let v = start; v <= end; v += step) into.add(v)
  return star
}

/** A field as the pattern the simulator evaluates: `*` when robfig marks it a star, else the list. */
function field(text: string, r: Bounds): string {
  const values = new Set<number>()
  let star = false
  for (const piece of text.split(',').filter((p) => p !== '')) star = getRange(piece, r, values) || star
  return star ? '*' : [...values].sort((a, b) => a - b).join(',')
}

/** Go's time.ParseDuration, for `@every` (units ns us µs ms s m h; a unit is required). */
const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
function parseGoDuration(s: string): number {
  const bad = () => new ParseError(`time: invalid duration ${goQuote(s)}`)
  let rest = s
  let sign = 1
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1
    rest = rest.slice(1)
  }
  if (rest === '0') return 0
  if (rest === '') throw bad()
  let total = 0
  while (rest !== '') {
    const m = /^(\d*\.?\d*)([a-zµμ]*)/.exec(rest)!
    if (m[1] === '' || m[1] === '.') throw bad()
    if (m[2] === '') throw new ParseError(`time: missing unit in duration ${goQuote(s)}`)
    const unit = UNIT_MS[m[2]!]
    if (unit === undefined) throw new ParseError(`time: unknown unit ${goQuote(m[2]!)} in duration ${goQuote(s)}`)
    total += Number(m[1]) * unit
    rest = rest.slice(m[0].length)
  }
  return sign * total
}

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0', '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *',
}

function parseDescriptor(spec: string): ParsedSchedule {
  const fixed = DESCRIPTORS[spec]
  if (fixed) return { kind: 'cron', pattern: fixed }
  const every = '@every '
  if (spec.startsWith(every)) {
    let d: number
    try {
      d = parseGoDuration(spec.slice(every.length))
    } catch (e) {
      throw new ParseError(`failed to parse duration ${spec}: ${(e as Error).message}`)
    }
    // cron.Every: at least one second, whole seconds only.
    return { kind: 'every', delayMs: Math.max(1000, Math.floor(d / 1000) * 1000) }
  }
  throw new ParseError(`unrecognized descriptor: ${spec}`)
}

/**
 * `cron.ParseStandard(spec)`. `isTimeZone` answers what Go's time.LoadLocation would for a
 * `TZ=`/`CRON_TZ=` prefix (the apiserver refuses such prefixes anyway, with its own message).
 */
export function parseStandard(spec: string, isTimeZone: (name: string) => boolean = () => true): ScheduleResult {
  try {
    if (spec.length === 0) throw new ParseError('empty spec string')
    let timeZone: string | undefined
    let rest = spec
    if (rest.startsWith('TZ=') || rest.startsWith('CRON_TZ=')) {
      const i = rest.indexOf(' ')
      const eq = rest.indexOf('=')
      const name = i < 0 ? rest.slice(eq + 1) : rest.slice(eq + 1, i)
      if (i < 0 || !isTimeZone(name)) throw new ParseError(`provided bad location ${name}: unknown time zone ${name}`)
      timeZone = name
      rest = rest.slice(i).trim()
    }
    if (rest.startsWith('@')) {
      const s = parseDescriptor(rest)
      return { ok: true, schedule: timeZone ? { ...s, timeZone } : s }
    }
    const fields = rest.split(/\s+/).filter((f) => f !== '')
    if (fields.length !== 5) throw new ParseError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`)
    const pattern = fields.map((f, i) => field(f, FIELDS[i]!)).join(' ')
    return { ok: true, schedule: timeZone ? { kind: 'cron', pattern, timeZone } : { kind: 'cron', pattern } }
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message }
    throw e
  }
}
