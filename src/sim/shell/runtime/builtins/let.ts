// `let EXPR...`: arithmetic for its side effects; status 1 when the last value is 0.
import { arithmetic } from '../expand'
import type { Builtin } from './types'

export const letBuiltin: Builtin = {
  name: 'let',
  special: false,
  run(sh, argv, fds) {
    let last = '0'
    for (const expr of argv.slice(1)) last = arithmetic(sh, expr, fds)
    return last === '0' ? 1 : 0
  },
}
