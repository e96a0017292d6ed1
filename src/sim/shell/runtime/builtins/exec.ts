// `exec CMD ARGS`: runs CMD and ends the shell with its status. `exec` with only redirections
// (making them permanent) is accepted but changes nothing here: descriptors belong to each command.
import { Skip } from '../shell'
import type { Builtin } from './types'

export const exec: Builtin = {
  name: 'exec',
  special: true,
  *run(sh, argv, fds) {
    if (argv.length < 2) return 0
    const status = yield* sh.root.ev.exec(sh, argv.slice(1), fds, true)
    sh.status = status
    sh.skip = Skip.Exit
    return status
  },
}
