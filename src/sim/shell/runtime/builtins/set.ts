// `set`: options (-e errexit, -x xtrace, -u nounset, -f noglob, -o pipefail …), positional
// parameters (`set -- a b`), or with no arguments a listing of the variables (`NAME='value'`).
import { writeFd } from '../io'
import type { Options, Shell } from '../shell'
import { specialError, type Builtin } from './types'

const LETTERS: Record<string, keyof Options> = { e: 'errexit', x: 'xtrace', u: 'nounset', f: 'noglob' }
const LONG: Record<string, keyof Options> = { errexit: 'errexit', xtrace: 'xtrace', nounset: 'nounset', noglob: 'noglob', pipefail: 'pipefail' }
/** Accepted and ignored: they change nothing a simulated container can observe. */
const IGNORED = new Set(['v', 'n', 'C', 'a', 'b', 'm', 'h'])
const IGNORED_LONG = new Set(['verbose', 'noexec', 'noclobber', 'allexport', 'notify', 'monitor', 'vi', 'emacs', 'ignoreeof', 'nolog'])

const quote = (v: string) => (/^[A-Za-z0-9_@%+=:,./-]*$/.test(v) && v !== '' ? v : `'${v.replace(/'/g, `'"'"'`)}'`)

function listVars(sh: Shell, fds: Parameters<Builtin['run']>[2]): number {
  const rows = [...sh.vars.all()].filter(([, e]) => e.value !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  writeFd(fds, 1, rows.map(([k, e]) => `${k}=${quote(e.value ?? '')}\n`).join(''))
  return 0
}

export const set: Builtin = {
  name: 'set',
  special: true,
  run(sh, argv, fds) {
    if (argv.length === 1) return listVars(sh, fds)
    let i = 1
    let setArgs = false
    while (i < argv.length) {
      const a = argv[i] as string
      if (a === '--') {
        setArgs = true
        i++
        break
      }
      if (!(a.startsWith('-') || a.startsWith('+')) || a.length < 2) break
      const on = a.startsWith('-')
      i++
      for (const c of a.slice(1)) {
        if (c === 'o') {
          const name = argv[i++]
          if (name === undefined) {
            writeFd(fds, 1, Object.keys(LONG).map((k) => `${k.padEnd(16)}${sh.opts[LONG[k] as keyof Options] ? 'on' : 'off'}\n`).join(''))
            continue
          }
          const opt = LONG[name]
          if (opt) sh.opts[opt] = on
          else if (!IGNORED_LONG.has(name)) specialError(sh, fds, 'set', `illegal option -o ${name}`)
        } else if (LETTERS[c]) {
          sh.opts[LETTERS[c] as keyof Options] = on
        } else if (!IGNORED.has(c)) {
          specialError(sh, fds, 'set', `illegal option -${c}`)
        }
      }
    }
    if (setArgs || i < argv.length) sh.positional = argv.slice(i)
    return 0
  },
}
