// busybox `hostname` (networking/hostname.c): the kernel hostname; `-s` cuts it at the first dot;
// `-f`, `-d` and `-i` look it up with gethostbyname(), which reads /etc/hosts first, so a pod with
// a subdomain prints its FQDN at once (reference §10.2, §11).
import type { Applet } from '../types'
import { badOption, getopt } from './lib/args'
import { resolveHost } from './lib/resolve'

export const hostname: Applet = {
  name: 'hostname',
  run(ctx, argv) {
    const p = getopt(argv, 'dfisF:')
    if ('bad' in p) return badOption(ctx.io, 'hostname', p, 'hostname [-sfi] [HOSTNAME | -F FILE]')
    if (p.args.length > 0 || p.opts.has('F')) {
      ctx.io.stderr('hostname: sethostname: Operation not permitted\n')
      return 1
    }
    const name = ctx.host.hostname
    if (p.opts.has('d') || p.opts.has('f') || p.opts.has('i')) {
      const hit = resolveHost(ctx.host, name)
      if (!hit) {
        ctx.io.stderr(`hostname: ${name}: Unknown host\n`)
        return 1
      }
      const dot = hit.canonical.indexOf('.')
      if (p.opts.has('f')) ctx.io.stdout(`${hit.canonical}\n`)
      else if (p.opts.has('s')) ctx.io.stdout(`${dot < 0 ? hit.canonical : hit.canonical.slice(0, dot)}\n`)
      else if (p.opts.has('d')) {
        if (dot >= 0) ctx.io.stdout(`${hit.canonical.slice(dot + 1)}\n`)
      } else ctx.io.stdout(`${hit.ips.join(' ')}\n`)
      return 0
    }
    const dot = name.indexOf('.')
    ctx.io.stdout(`${p.opts.has('s') && dot >= 0 ? name.slice(0, dot) : name}\n`)
    return 0
  },
}
