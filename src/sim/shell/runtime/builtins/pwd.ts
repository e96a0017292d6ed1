// `pwd`: the shell's working directory (ash has it built in, so it never touches the file system).
import { writeFd } from '../io'
import type { Builtin } from './types'

export const pwd: Builtin = {
  name: 'pwd',
  special: false,
  run(sh, _argv, fds) {
    writeFd(fds, 1, `${sh.cwd}\n`)
    return 0
  },
}
