// `id`: root, as in the busybox image (/etc/group puts root in wheel too).
import type { Applet } from '../types'

export const id: Applet = {
  name: 'id',
  run(ctx, argv) {
    const flag = argv[1]
    if (flag === '-u' || flag === '-g') ctx.io.stdout('0\n')
    else if (flag === '-un' || flag === '-gn') ctx.io.stdout('root\n')
    else ctx.io.stdout('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n')
    return 0
  },
}
