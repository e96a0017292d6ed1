// `local NAME[=VALUE]...`: the variable gets its old value back when the function returns.
import type { Builtin } from './types'

export const local: Builtin = {
  name: 'local',
  special: false,
  run(sh, argv, fds) {
    if (!sh.locals) {
      sh.builtinError(fds, 'local', 'not in a function')
      return 2
    }
    for (const arg of argv.slice(1)) {
      const eq = arg.indexOf('=')
      const name = eq < 0 ? arg : arg.slice(0, eq)
      if (!sh.locals.has(name)) sh.locals.set(name, sh.vars.entry(name))
      if (eq >= 0) sh.setVar(fds, name, arg.slice(eq + 1))
    }
    return 0
  },
}
