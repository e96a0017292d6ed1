// busybox `date` (coreutils/date.c): default format `%a %b %e %H:%M:%S %Z %Y` in UTC, `+FORMAT`,
// `-u`, `-R` (`%a, %d %b %Y %H:%M:%S %z`), `-I[date|hours|minutes|seconds]`, `-d TIME`.
// The clock is the simulation's: epoch at t=0 plus simulated time.
import type { Applet } from '../types'
import { usage } from './lib/args'
import { parseDate, strftime } from './lib/strftime'

const ISO: Record<string, string> = {
  date: '%Y-%m-%d',
  hours: '%Y-%m-%dT%H%z',
  minutes: '%Y-%m-%dT%H:%M%z',
  seconds: '%Y-%m-%dT%H:%M:%S%z',
}
const USAGE = '[OPTIONS] [+FMT] [[-s] TIME]'
const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y'

/** The last default-format result: the pods of a Job call `date` many times within one second. */
let memo = { second: NaN, text: '' }

function formatDefault(epochMs: number): string {
  const second = Math.floor(epochMs / 1000)
  if (memo.second !== second) memo = { second, text: strftime(DEFAULT_FORMAT, epochMs) }
  return memo.text
}

export const date: Applet = {
  name: 'date',
  run(ctx, argv) {
    let fmt: string | null = null
    let when = ctx.host.clock.epochMs + ctx.host.clock.now()
    let setTime = false
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i] as string
      if (a.startsWith('+')) {
        fmt = a.slice(1)
      } else if (a === '-u' || a === '--utc') {
        // The zone is UTC either way (no /etc/localtime, no TZ), so -u changes nothing.
      } else if (a === '-R') {
        fmt = '%a, %d %b %Y %H:%M:%S %z'
      } else if (a.startsWith('-I')) {
        const spec = a.slice(2) || 'date'
        const f = Object.keys(ISO).find((k) => k.startsWith(spec))
        if (!f) {
          ctx.io.stderr(`date: invalid argument '${spec}' for '-I'\n`)
          return 1
        }
        fmt = ISO[f] as string
      } else if (a === '-d' || a.startsWith('-d')) {
        const text = a === '-d' ? argv[++i] : a.slice(2)
        if (text === undefined) return usage(ctx.io, `date ${USAGE}`)
        const parsed = parseDate(text, when)
        if (parsed === null) {
          ctx.io.stderr(`date: invalid date '${text}'\n`)
          return 1
        }
        when = parsed
      } else if (a === '-s' || !a.startsWith('-')) {
        setTime = true
        if (a === '-s') i++
      } else {
        ctx.io.stderr(`date: invalid option -- '${a.slice(1, 2)}'\n`)
        return usage(ctx.io, `date ${USAGE}`)
      }
    }
    if (setTime) {
      ctx.io.stderr("date: can't set date: Operation not permitted\n")
      return 1
    }
    ctx.io.stdout(`${fmt === null ? formatDefault(when) : strftime(fmt, when)}\n`)
    return 0
  },
}
