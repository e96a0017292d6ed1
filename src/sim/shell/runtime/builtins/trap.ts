// `trap [ACTION] SIGNAL...`: remembers the action. Only EXIT (0) ever fires: the simulation never
// delivers signals to a process (a busybox PID 1 ignores SIGTERM anyway, and SIGKILL cannot be caught).
import { writeFd } from '../io'
import type { Builtin } from './types'

const norm = (s: string) => (s === '0' ? 'EXIT' : s.toUpperCase().replace(/^SIG/, ''))

export const trap: Builtin = {
  name: 'trap',
  special: true,
  run(sh, argv, fds) {
    if (argv.length === 1) {
      for (const [sig, action] of sh.traps) writeFd(fds, 1, `trap -- '${action.replace(/'/g, `'"'"'`)}' ${sig}\n`)
      return 0
    }
    const action = argv[1] as string
    const sigs = argv.slice(2)
    // `trap SIGNAL` alone (an action that looks like a number) resets, as in POSIX.
    if (sigs.length === 0 || action === '-') {
      for (const s of sigs.length ? sigs : [action]) sh.traps.delete(norm(s))
      return 0
    }
    for (const s of sigs) sh.traps.set(norm(s), action)
    return 0
  },
}
