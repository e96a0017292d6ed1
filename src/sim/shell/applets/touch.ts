// busybox `touch [-c] FILE...`: creates missing files (the simulation keeps no timestamps).
import type { Applet } from '../types'
import { strerror } from '../runtime/errno'
import { badOption, getopt, usage } from './lib/args'
import { abs } from './lib/files'

export const touch: Applet = {
  name: 'touch',
  run(ctx, argv) {
    const p = getopt(argv, 'cahmd:r:t:')
    if ('bad' in p) return badOption(ctx.io, 'touch', p, 'touch [-c] [-d DATE] [-t DATE] [-r FILE] FILE...')
    if (p.args.length === 0) return usage(ctx.io, 'touch [-c] [-d DATE] [-t DATE] [-r FILE] FILE...')
    let status = 0
    for (const f of p.args) {
      const path = abs(ctx, f)
      if (ctx.host.fs.stat(path) || p.opts.has('c')) continue
      // Appending nothing creates the file without recording a write.
      const got = ctx.host.fs.writeFile(path, '', true)
      if (!got.ok) {
        ctx.io.stderr(`touch: ${f}: ${strerror(got.code)}\n`)
        status = 1
      }
    }
    return status
  },
}
