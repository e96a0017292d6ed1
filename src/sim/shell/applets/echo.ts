// busybox `echo` (coreutils/echo.c): leading arguments made only of n, e, E are options;
// backslash escapes are interpreted only with -e (reference §10.2).
import type { Applet } from '../types'
import { unescape } from './lib/escapes'

export const echo: Applet = {
  name: 'echo',
  run(ctx, argv) {
    let newline = true
    let escapes = false
    let i = 1
    for (; i < argv.length; i++) {
      const a = argv[i] as string
      if (!/^-[neE]+$/.test(a)) break
      for (const c of a.slice(1)) {
        if (c === 'n') newline = false
        else escapes = c === 'e'
      }
    }
    let out = ''
    for (let k = i; k < argv.length; k++) {
      let word = argv[k] as string
      if (escapes) {
        const u = unescape(word, true)
        word = u.text
        if (u.stop) {
          ctx.io.stdout(out + (k > i ? ' ' : '') + word)
          return 0
        }
      }
      out += k > i ? ` ${word}` : word
    }
    ctx.io.stdout(newline ? `${out}\n` : out)
    return 0
  },
}
