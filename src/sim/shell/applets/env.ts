// busybox `env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...]`: prints the environment, or runs
// COMMAND with a changed one. The command runs through the shell the applet was started from
// (AppletContext.sh), with the changes written as shell assignments.
import type { Applet } from '../types'
import { usage } from './lib/args'

const quote = (s: string) => `'${s.replace(/'/g, `'"'"'`)}'`
const ASSIGN = /^[^=]+=/

export const env: Applet = {
  name: 'env',
  run(ctx, argv) {
    let clear = false
    const unset: string[] = []
    let i = 1
    for (; i < argv.length; i++) {
      const a = argv[i] as string
      if (a === '-i' || a === '-') clear = true
      else if (a === '-u') unset.push(argv[++i] ?? '')
      else if (a.startsWith('-u') && a.length > 2) unset.push(a.slice(2))
      else if (a === '--') {
        i++
        break
      } else if (a.startsWith('-') && a.length > 1) {
        ctx.io.stderr(`env: invalid option -- '${a.charAt(1)}'\n`)
        return usage(ctx.io, 'env [-i] [-u NAME] [-] [NAME=VALUE]... [PROG ARGS]')
      } else break
    }
    const sets: [string, string][] = []
    for (; i < argv.length && ASSIGN.test(argv[i] as string); i++) {
      const a = argv[i] as string
      const eq = a.indexOf('=')
      sets.push([a.slice(0, eq), a.slice(eq + 1)])
    }
    const command = argv.slice(i)
    if (command.length === 0) {
      const vars = new Map(clear ? [] : ctx.env)
      for (const u of unset) vars.delete(u)
      for (const [k, v] of sets) vars.set(k, v)
      ctx.io.stdout([...vars].map(([k, v]) => `${k}=${v}\n`).join(''))
      return 0
    }
    if (!ctx.sh) {
      ctx.io.stderr(`env: can't execute '${command[0]}': No such file or directory\n`)
      return 127
    }
    const drop = clear ? [...ctx.env.keys()] : unset
    const names = /^[A-Za-z_][A-Za-z0-9_]*$/
    const script =
      (drop.filter((n) => names.test(n)).length ? `unset ${drop.filter((n) => names.test(n)).join(' ')}; ` : '') +
      sets.filter(([k]) => names.test(k)).map(([k, v]) => `export ${k}=${quote(v)}; `).join('') +
      `command ${command.map(quote).join(' ')}`
    return ctx.sh(script, ctx.io)
  },
}
