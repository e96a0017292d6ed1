// busybox `rm [-rf] FILE...`.
import type { Applet } from '../types'
import { strerror } from '../runtime/errno'
import { badOption, getopt, usage } from './lib/args'
import { abs } from './lib/files'

export const rm: Applet = {
  name: 'rm',
  run(ctx, argv) {
    const p = getopt(argv, 'rRfiv')
    if ('bad' in p) return badOption(ctx.io, 'rm', p, 'rm [-irf] FILE...')
    const force = p.opts.has('f')
    const recursive = p.opts.has('r') || p.opts.has('R')
    if (p.args.length === 0) return force ? 0 : usage(ctx.io, 'rm [-irf] FILE...')
    let status = 0
    for (const f of p.args) {
      const path = abs(ctx, f)
      const st = ctx.host.fs.stat(path)
      if (!st) {
        if (!force) {
          ctx.io.stderr(`rm: can't remove '${f}': No such file or directory\n`)
          status = 1
        }
        continue
      }
      if (st.type === 'dir' && !recursive) {
        ctx.io.stderr(`rm: '${f}' is a directory\n`)
        status = 1
        continue
      }
      const got = ctx.host.fs.remove(path, recursive)
      if (!got.ok) {
        ctx.io.stderr(`rm: can't remove '${f}': ${strerror(got.code)}\n`)
        status = 1
      }
    }
    return status
  },
}
