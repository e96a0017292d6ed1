// busybox `wc [-lwmcL] [FILE]...` (coreutils/wc.c): with exactly one count the first number is not
// padded (`echo hi | wc -l` prints `1`); otherwise `%9u` columns; stdin has no name; several
// files add a `total` line.
import type { Applet } from '../types'
import { badOption, getopt } from './lib/args'
import { eachInput } from './lib/files'

const ORDER = ['l', 'w', 'm', 'c', 'L'] as const

function counts(text: string): Record<(typeof ORDER)[number], number> {
  let lines = 0
  let longest = 0
  let cur = 0
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      lines++
      longest = Math.max(longest, cur)
      cur = 0
    } else cur++
  }
  longest = Math.max(longest, cur)
  const words = text.split(/[ \t\n\r\v\f]+/).filter(Boolean).length
  return { l: lines, w: words, m: text.length, c: text.length, L: longest }
}

export const wc: Applet = {
  name: 'wc',
  run(ctx, argv) {
    const p = getopt(argv, 'lwmcL')
    if ('bad' in p) return badOption(ctx.io, 'wc', p, 'wc [-cmlwL] [FILE]...')
    const chosen = ORDER.filter((k) => p.opts.has(k))
    const show = chosen.length ? chosen : (['l', 'w', 'c'] as const)
    const total = { l: 0, w: 0, m: 0, c: 0, L: 0 }
    let out = ''
    const row = (c: Record<string, number>, name: string | null) => {
      out += show.map((k, i) => (i === 0 && show.length === 1 ? String(c[k]) : `${i ? ' ' : ''}${String(c[k]).padStart(9)}`)).join('')
      out += name === null ? '\n' : ` ${name}\n`
    }
    let files = 0
    const ok = eachInput(ctx, 'wc', p.args, (text, file) => {
      const c = counts(text)
      for (const k of ORDER) total[k] = k === 'L' ? Math.max(total[k], c[k]) : total[k] + c[k]
      row(c, file === '-' && p.args.length === 0 ? null : file)
      files++
    })
    if (files > 1) row(total, 'total')
    ctx.io.stdout(out)
    return ok ? 0 : 1
  },
}
