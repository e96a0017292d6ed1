// `exec CMD ARGS`: runs CMD and ends the shell with its status. `exec` with only redirections makes
// them permanent (evalSimple notes them and the running lists switch to them, see eval.ts).
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
