// `eval ARGS`: joins its arguments with spaces and runs them as script text in this shell.
import { parseCached } from '../../syntax/cache'
import type { Builtin } from './types'

export const evalBuiltin: Builtin = {
  name: 'eval',
  special: true,
  *run(sh, argv, fds) {
    const text = argv.slice(1).join(' ')
    if (text.trim() === '') return 0
    sh.enter(fds)
    try {
      return yield* sh.root.ev.script(sh, parseCached(text), fds)
    } finally {
      sh.nest--
    }
  },
}
