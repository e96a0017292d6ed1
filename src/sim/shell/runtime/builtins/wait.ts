// `wait [PID]`: background commands already ran to completion (see eval.ts), so this returns at
// once with the status of the last one.
import type { Builtin } from './types'

export const wait: Builtin = {
  name: 'wait',
  special: false,
  run: (sh, argv) => (argv.length > 1 ? sh.bgStatus : 0),
}
