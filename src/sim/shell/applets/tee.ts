// `tee [-a] [FILE]...`: stdin to stdout and to each file.
import type { Applet } from '../types'
import { strerror } from '../runtime/errno'
import { badOption, getopt } from './lib/args'
import { abs } from './lib/files'

export const tee: Applet = {
  name: 'tee',
  run(ctx, argv) {
    const p = getopt(argv, 'ai')
    if ('bad' in p) return badOption(ctx.io, 'tee', p, 'tee [-ai] [FILE]...')
    const text = ctx.io.stdin ?? ''
    let status = 0
    for (const f of p.args) {
      const got = ctx.host.fs.writeFile(abs(ctx, f), text, p.opts.has('a'))
      if (!got.ok) {
        ctx.io.stderr(`tee: can't open '${f}': ${strerror(got.code)}\n`)
        status = 1
      }
    }
    ctx.io.stdout(text)
    return status
  },
}
