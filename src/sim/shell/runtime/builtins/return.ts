// `return [N]`: leaves the running function (at top level it ends the script, as in ash).
import { Skip } from '../shell'
import { parseNumber, type Builtin } from './types'

export const returnBuiltin: Builtin = {
  name: 'return',
  special: true,
  run(sh, argv, fds) {
    const arg = argv[1]
    sh.status = arg === undefined ? sh.status : parseNumber(sh, fds, 'return', arg) & 255
    sh.skip = Skip.Return
    return sh.status
  },
}
