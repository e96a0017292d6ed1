// busybox `seq [-w] [-s SEP] [FIRST [INC]] LAST`. Long sequences are written in chunks with a
// 1 ms pause between them, so `seq 1 100000000` cannot freeze the page.
import type { Applet, AppletContext, Proc } from '../types'
import { usage } from './lib/args'

const CHUNK = 10_000
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/

function* emit(ctx: AppletContext, first: number, inc: number, last: number, format: (v: number) => string, sep: string): Proc {
  let out = ''
  let count = 0
  let wrote = false
  for (let i = 0; ; i++) {
    const v = first + i * inc
    if (inc > 0 ? v > last + 1e-9 : v < last - 1e-9) break
    out += (wrote ? sep : '') + format(v)
    wrote = true
    if (++count >= CHUNK) {
      ctx.io.stdout(out)
      out = ''
      count = 0
      yield { sleep: 1 }
    }
  }
  ctx.io.stdout(wrote ? `${out}\n` : out)
  return 0
}

export const seq: Applet = {
  name: 'seq',
  run(ctx, argv) {
    let sep = '\n'
    let width = false
    let i = 1
    for (; i < argv.length; i++) {
      const a = argv[i] as string
      if (a === '-w') width = true
      else if (a === '-s') sep = argv[++i] ?? ''
      else if (a.startsWith('-s')) sep = a.slice(2)
      else break
    }
    const nums = argv.slice(i)
    if (nums.length < 1 || nums.length > 3) return usage(ctx.io, 'seq [-w] [-s SEP] [FIRST [INC]] LAST')
    for (const n of nums) {
      if (!NUMBER.test(n)) {
        ctx.io.stderr(`seq: invalid number '${n}'\n`)
        return 1
      }
    }
    const v = nums.map(Number)
    const [first, inc, last] = v.length === 1 ? [1, 1, v[0] as number] : v.length === 2 ? [v[0] as number, 1, v[1] as number] : (v as [number, number, number])
    if (inc === 0) return 0
    // As many decimals as the most precise argument.
    const decimals = Math.max(0, ...nums.map((n) => (n.includes('.') ? n.length - n.indexOf('.') - 1 : 0)))
    const digits = Math.max(first.toFixed(decimals).length, last.toFixed(decimals).length)
    const format = (x: number) => {
      const s = x.toFixed(decimals)
      return width ? (s.startsWith('-') ? `-${s.slice(1).padStart(digits - 1, '0')}` : s.padStart(digits, '0')) : s
    }
    const count = Math.floor((last - first) / inc) + 1
    if (count <= CHUNK) {
      const parts: string[] = []
      for (let k = 0; k < count; k++) parts.push(format(first + k * inc))
      ctx.io.stdout(parts.length ? `${parts.join(sep)}\n` : '')
      return 0
    }
    return emit(ctx, first, inc, last, format, sep)
  },
}
