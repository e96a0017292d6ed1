// busybox `sleep` (FEATURE_FANCY_SLEEP + FLOAT_DURATION): integer or fractional numbers with an
// optional s/m/h/d suffix, several arguments added up, `inf`/`infinity` sleeps until killed.
// Simulated time passes by yielding one wait.
import type { Applet, Proc } from '../types'
import { usage } from './lib/args'

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }
const DURATION = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/

/** Seconds for one argument, or null when it is not a duration. */
export function parseDuration(arg: string): number | null {
  if (/^inf(inity)?$/i.test(arg)) return Infinity
  const m = DURATION.exec(arg)
  return m ? Number(m[1]) * (UNIT[m[2] as string] as number) : null
}

function* wait(ms: number): Proc {
  yield { sleep: ms }
  return 0
}

export const sleep: Applet = {
  name: 'sleep',
  run(ctx, argv) {
    if (argv.length < 2) return usage(ctx.io, 'sleep [N]...')
    let total = 0
    for (const a of argv.slice(1)) {
      const s = parseDuration(a)
      if (s === null) {
        ctx.io.stderr(`sleep: invalid number '${a}'\n`)
        return 1
      }
      total += s
    }
    const ms = total === Infinity ? Infinity : Math.round(total * 1000)
    return ms > 0 ? wait(ms) : 0
  },
}
