// busybox `mkdir [-p] [-m MODE] DIR...`.
import type { Applet } from '../types'
import { strerror } from '../runtime/errno'
import { badOption, getopt, usage } from './lib/args'
import { abs } from './lib/files'

export const mkdir: Applet = {
  name: 'mkdir',
  run(ctx, argv) {
    const p = getopt(argv, 'pvm:')
    if ('bad' in p) return badOption(ctx.io, 'mkdir', p, 'mkdir [-m MODE] [-p] DIRECTORY...')
    if (p.args.length === 0) return usage(ctx.io, 'mkdir [-m MODE] [-p] DIRECTORY...')
    let status = 0
    for (const d of p.args) {
      const got = ctx.host.fs.mkdir(abs(ctx, d), p.opts.has('p'))
      if (!got.ok) {
        ctx.io.stderr(`mkdir: can't create directory '${d}': ${strerror(got.code)}\n`)
        status = 1
      }
    }
    return status
  },
}
