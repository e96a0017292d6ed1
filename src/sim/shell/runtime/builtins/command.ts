// `command -v NAME` / `type NAME` (what a name would run), and `command CMD ARGS` (runs CMD,
// skipping shell functions).
import { writeFd } from '../io'
import type { Shell } from '../shell'
import type { Builtin } from './types'

const kindOf = (sh: Shell, name: string) => sh.root.ev.kind(sh, name)

export const command: Builtin = {
  name: 'command',
  special: false,
  *run(sh, argv, fds) {
    const flag = argv[1]
    if (flag === '-v' || flag === '-V') {
      let status = 0
      for (const name of argv.slice(2)) {
        const k = kindOf(sh, name)
        if (k === null) status = 1
        else writeFd(fds, 1, `${k === 'file' && !name.includes('/') ? `/bin/${name}` : name}\n`)
      }
      return status
    }
    const args = flag === '-p' || flag === '--' ? argv.slice(2) : argv.slice(1)
    if (args.length === 0) return 0
    return yield* sh.root.ev.exec(sh, args, fds, false)
  },
}

export const type: Builtin = {
  name: 'type',
  special: false,
  run(sh, argv, fds) {
    let status = 0
    for (const name of argv.slice(1)) {
      const k = kindOf(sh, name)
      if (k === 'builtin') writeFd(fds, 1, `${name} is a shell builtin\n`)
      else if (k === 'function') writeFd(fds, 1, `${name} is a function\n`)
      else if (k === 'file') writeFd(fds, 1, `${name} is ${name.includes('/') ? name : `/bin/${name}`}\n`)
      else {
        writeFd(fds, 1, `${name}: not found\n`)
        status = 1
      }
    }
    return status
  },
}
