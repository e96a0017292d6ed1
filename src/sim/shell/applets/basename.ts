// `basename NAME [SUFFIX]`.
import type { Applet } from '../types'
import { baseName } from '../../fs/path'
import { usage } from './lib/args'

export const basename: Applet = {
  name: 'basename',
  run(ctx, argv) {
    const name = argv[1]
    if (name === undefined) return usage(ctx.io, 'basename FILE [SUFFIX]')
    let b = baseName(name)
    const suffix = argv[2]
    if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length)
    ctx.io.stdout(`${b}\n`)
    return 0
  },
}
