// busybox `head [-n N] [-c N] [-qv] [FILE]...` (default 10 lines).
import type { Applet } from '../types'
import { badOption, getopt } from './lib/args'
import { eachInput } from './lib/files'
import { header, oldStyleCount, splitKeep } from './lib/lines'

const USAGE = 'head [OPTIONS] [FILE]...'

export const head: Applet = {
  name: 'head',
  run(ctx, argv) {
    const p = getopt(oldStyleCount(argv), 'n:c:qv')
    if ('bad' in p) return badOption(ctx.io, 'head', p, USAGE)
    const nText = String(p.opts.get('n') ?? '10')
    const cText = p.opts.get('c')
    const n = Number(cText === undefined ? nText : String(cText))
    if (!Number.isInteger(n)) {
      ctx.io.stderr(`head: invalid number '${cText === undefined ? nText : String(cText)}'\n`)
      return 1
    }
    const headers = p.opts.has('v') || (p.args.length > 1 && !p.opts.has('q'))
    let out = ''
    let first = true
    const ok = eachInput(ctx, 'head', p.args, (text, file) => {
      if (headers) out += header(file, first)
      first = false
      if (cText !== undefined) out += n >= 0 ? text.slice(0, n) : text.slice(0, Math.max(0, text.length + n))
      else {
        const lines = splitKeep(text)
        out += (n >= 0 ? lines.slice(0, n) : lines.slice(0, Math.max(0, lines.length + n))).join('')
      }
    })
    ctx.io.stdout(out)
    return ok ? 0 : 1
  },
}
