// `break [N]` and `continue [N]`. Outside a loop they do nothing; N larger than the nesting is
// clamped (ash's breakcmd).
import { Skip } from '../shell'
import { parseNumber, specialError, type Builtin } from './types'

function loopControl(name: 'break' | 'continue', skip: Skip): Builtin {
  return {
    name,
    special: true,
    run(sh, argv, fds) {
      const arg = argv[1]
      const n = arg === undefined ? 1 : parseNumber(sh, fds, name, arg)
      if (n === 0) specialError(sh, fds, name, `Illegal number: ${arg}`)
      const levels = Math.min(n, sh.loopDepth)
      if (levels > 0) {
        sh.skip = skip
        sh.skipCount = levels
      }
      return 0
    },
  }
}

export const breakBuiltin = loopControl('break', Skip.Break)
export const continueBuiltin = loopControl('continue', Skip.Continue)
