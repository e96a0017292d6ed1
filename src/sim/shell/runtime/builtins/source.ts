// `. FILE [ARGS]` (and `source`): runs a file's text in this shell.
import { normalizePath } from '../../../fs/path'
import { parseCached } from '../../syntax/cache'
import { Skip } from '../shell'
import { specialError, type Builtin } from './types'

function sourceBuiltin(name: string): Builtin {
  return {
    name,
    special: true,
    *run(sh, argv, fds) {
      const file = argv[1]
      if (file === undefined) specialError(sh, fds, name, 'filename argument required')
      const got = sh.host.fs.readFile(normalizePath(file, sh.cwd))
      if (!got.ok) specialError(sh, fds, name, `can't open '${file}'`)
      sh.enter(fds)
      const saved = sh.positional
      if (argv.length > 2) sh.positional = argv.slice(2)
      try {
        const status = yield* sh.root.ev.script(sh, parseCached(got.value), fds)
        if (sh.skip === Skip.Return && sh.funcDepth === 0) sh.skip = Skip.None
        return status
      } finally {
        sh.nest--
        if (argv.length > 2) sh.positional = saved
      }
    },
  }
}

export const dot = sourceBuiltin('.')
export const source = sourceBuiltin('source')
