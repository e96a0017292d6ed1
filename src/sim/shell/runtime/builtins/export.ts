// `export` and `readonly`: mark variables (optionally assigning them); with no names, list them
// the way ash does (`export NAME='value'`).
import { writeFd } from '../io'
import { specialError, type Builtin } from './types'

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const quote = (v: string) => `'${v.replace(/'/g, `'"'"'`)}'`

function marker(name: 'export' | 'readonly', flag: 'exported' | 'readonly'): Builtin {
  return {
    name,
    special: true,
    run(sh, argv, fds) {
      const args = argv.slice(1).filter((a) => a !== '-p')
      if (args.length === 0) {
        const rows = [...sh.vars.all()].filter(([, e]) => e[flag]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        writeFd(fds, 1, rows.map(([k, e]) => `${name} ${k}${e.value === undefined ? '' : `=${quote(e.value)}`}\n`).join(''))
        return 0
      }
      for (const arg of args) {
        const eq = arg.indexOf('=')
        const n = eq < 0 ? arg : arg.slice(0, eq)
        if (!NAME.test(n)) specialError(sh, fds, name, `${n}: bad variable name`)
        if (eq >= 0) sh.setVar(fds, n, arg.slice(eq + 1))
        sh.vars.mark(n, flag)
      }
      return 0
    },
  }
}

export const exportBuiltin = marker('export', 'exported')
export const readonlyBuiltin = marker('readonly', 'readonly')
