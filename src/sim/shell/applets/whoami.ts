// `whoami`: containers in the labs run as root.
import type { Applet } from '../types'

export const whoami: Applet = {
  name: 'whoami',
  run(ctx) {
    ctx.io.stdout('root\n')
    return 0
  },
}
