// `unset [-v|-f] NAME...`: removes variables (or functions with -f).
import { specialError, type Builtin } from './types'

export const unset: Builtin = {
  name: 'unset',
  special: true,
  run(sh, argv, fds) {
    let funcs = false
    for (const arg of argv.slice(1)) {
      if (arg === '-f') funcs = true
      else if (arg === '-v') funcs = false
      else if (funcs) sh.funcs.set(arg, null)
      else if (!sh.vars.unset(arg)) specialError(sh, fds, 'unset', `${arg}: is read only`)
    }
    return 0
  },
}
