// busybox `cat [-n] [FILE]...`: files in order, `-` or nothing for stdin.
import type { Applet } from '../types'
import { badOption, getopt } from './lib/args'
import { eachInput } from './lib/files'

export const cat: Applet = {
  name: 'cat',
  run(ctx, argv) {
    const p = getopt(argv, 'nbeAtuv')
    if ('bad' in p) return badOption(ctx.io, 'cat', p, 'cat [-nbvteA] [FILE]...')
    let n = 0
    const number = p.opts.has('n') || p.opts.has('b')
    const ok = eachInput(ctx, 'cat', p.args, (text) => {
      if (!number) {
        ctx.io.stdout(text)
        return
      }
      const parts = text.split('\n')
      const last = parts.pop()
      let out = ''
      for (const line of parts) out += p.opts.has('b') && line === '' ? '\n' : `${String(++n).padStart(6)}\t${line}\n`
      if (last) out += `${String(++n).padStart(6)}\t${last}`
      ctx.io.stdout(out)
    })
    return ok ? 0 : 1
  },
}
