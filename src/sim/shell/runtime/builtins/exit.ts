// `exit [N]`: ends the shell (or the subshell) with N, or with `$?` when N is missing.
import { Skip } from '../shell'
import { parseNumber, type Builtin } from './types'

export const exit: Builtin = {
  name: 'exit',
  special: true,
  run(sh, argv, fds) {
    const arg = argv[1]
    sh.status = arg === undefined ? sh.status : parseNumber(sh, fds, 'exit', arg) & 255
    sh.skip = Skip.Exit
    return sh.status
  },
}
