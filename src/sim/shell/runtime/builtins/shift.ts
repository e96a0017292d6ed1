// `shift [N]`: drops positional parameters. Asking for more than there are shifts nothing and
// returns 1 (busybox follows bash here rather than dash's "can't shift that many").
import { parseNumber, type Builtin } from './types'

export const shift: Builtin = {
  name: 'shift',
  special: true,
  run(sh, argv, fds) {
    const arg = argv[1]
    const n = arg === undefined ? 1 : parseNumber(sh, fds, 'shift', arg)
    if (n > sh.positional.length) return 1
    sh.positional = sh.positional.slice(n)
    return 0
  },
}
