// `dirname NAME`.
import type { Applet } from '../types'
import { usage } from './lib/args'

export function dirOf(path: string): string {
  let p = path.replace(/\/+$/, '')
  if (p === '') return path.startsWith('/') ? '/' : '.'
  const i = p.lastIndexOf('/')
  if (i < 0) return '.'
  p = p.slice(0, i).replace(/\/+$/, '')
  return p === '' ? '/' : p
}

export const dirname: Applet = {
  name: 'dirname',
  run(ctx, argv) {
    const name = argv[1]
    if (name === undefined) return usage(ctx.io, 'dirname FILENAME')
    ctx.io.stdout(`${dirOf(name)}\n`)
    return 0
  },
}
