// `uname [-asnrvm]`: a Linux node's kernel, with the pod's hostname as nodename.
import type { Applet } from '../types'
import { badOption, getopt } from './lib/args'

const RELEASE = '6.8.0-1021-generic'
const VERSION = '#21-Ubuntu SMP PREEMPT_DYNAMIC Wed Jan  8 12:00:00 UTC 2025'

export const uname: Applet = {
  name: 'uname',
  run(ctx, argv) {
    const p = getopt(argv, 'asnrvmpio')
    if ('bad' in p) return badOption(ctx.io, 'uname', p, 'uname [-amnrspvio]')
    const a = p.opts.has('a')
    const fields: string[] = []
    if (a || p.opts.has('s') || p.opts.size === 0) fields.push('Linux')
    if (a || p.opts.has('n')) fields.push(ctx.host.hostname)
    if (a || p.opts.has('r')) fields.push(RELEASE)
    if (a || p.opts.has('v')) fields.push(VERSION)
    if (a || p.opts.has('m')) fields.push('x86_64')
    if (p.opts.has('p') || p.opts.has('i')) fields.push('unknown')
    if (a || p.opts.has('o')) fields.push('GNU/Linux')
    ctx.io.stdout(`${fields.join(' ')}\n`)
    return 0
  },
}
