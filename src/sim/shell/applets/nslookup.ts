// busybox `nslookup NAME [SERVER]` (networking/nslookup.c, 1.36): one A and one AAAA query to the
// nameserver from /etc/resolv.conf; each reply prints its records (or `** server can't find`)
// followed by a blank line. The name goes through the resolv.conf search list, as the brief for
// this simulator asks (see the report: real busybox queries the name as typed).
import type { Applet } from '../types'
import { usage } from './lib/args'
import { dnsResolve, isIPv4, readResolvConf } from './lib/resolve'

export const nslookup: Applet = {
  name: 'nslookup',
  run(ctx, argv) {
    const args = argv.slice(1).filter((a) => !a.startsWith('-'))
    const name = args[0]
    if (name === undefined || args.length > 2) return usage(ctx.io, 'nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]')
    const server = args[1] ?? readResolvConf(ctx.host).nameserver
    let out = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`
    if (isIPv4(name)) {
      // A reverse lookup: cluster DNS answers PTR only for names it knows; keep it simple.
      out += `** server can't find ${name.split('.').reverse().join('.')}.in-addr.arpa: NXDOMAIN\n\n`
      ctx.io.stdout(out)
      return 1
    }
    const hit = dnsResolve(ctx.host, name)
    if (!hit) {
      out += `** server can't find ${name}: NXDOMAIN\n\n** server can't find ${name}: NXDOMAIN\n\n`
      ctx.io.stdout(out)
      return 1
    }
    for (const ip of hit.ips) out += `Name:\t${hit.fqdn}\nAddress: ${ip}\n`
    // The AAAA reply has no records: just its blank line.
    out += '\n\n'
    ctx.io.stdout(out)
    return 0
  },
}
