// `printenv [NAME]...`.
import type { Applet } from '../types'

export const printenv: Applet = {
  name: 'printenv',
  run(ctx, argv) {
    if (argv.length < 2) {
      ctx.io.stdout([...ctx.env].map(([k, v]) => `${k}=${v}\n`).join(''))
      return 0
    }
    let status = 0
    for (const n of argv.slice(1)) {
      const v = ctx.env.get(n)
      if (v === undefined) status = 1
      else ctx.io.stdout(`${v}\n`)
    }
    return status
  },
}
