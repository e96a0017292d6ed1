// Name resolution as glibc does it inside a pod: /etc/hosts first (the kubelet writes the pod's
// own name there, which is why `hostname -f` works before DNS knows the pod), then DNS through the
// nameserver in /etc/resolv.conf, trying the search domains first for names with fewer dots than
// `ndots` (reference §11).

import type { ShellHost } from '../../types'

export interface ResolvConf {
  readonly nameserver: string
  readonly search: readonly string[]
  readonly ndots: number
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

export const isIPv4 = (s: string): boolean => IPV4.test(s)

/** IPv4 entries of /etc/hosts, in file order (gethostbyname() is IPv4-only). */
export function readHosts(host: ShellHost): { ip: string; names: string[] }[] {
  const got = host.fs.readFile('/etc/hosts')
  if (!got.ok) return []
  const out: { ip: string; names: string[] }[] = []
  for (const raw of got.value.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    if (!line) continue
    const [ip, ...names] = line.split(/\s+/)
    if (ip && isIPv4(ip) && names.length) out.push({ ip, names })
  }
  return out
}

/** The first /etc/hosts line naming `name`: its canonical name (first on the line) and IP. */
export function hostsLookup(host: ShellHost, name: string): { canonical: string; ip: string } | null {
  const want = name.toLowerCase()
  for (const e of readHosts(host)) {
    if (e.names.some((n) => n.toLowerCase() === want)) return { canonical: e.names[0] as string, ip: e.ip }
  }
  return null
}

export function readResolvConf(host: ShellHost): ResolvConf {
  const got = host.fs.readFile('/etc/resolv.conf')
  let nameserver = '127.0.0.1'
  let search: string[] = []
  let ndots = 1
  let sawServer = false
  if (got.ok) {
    for (const line of got.value.split('\n')) {
      const [key, ...rest] = line.trim().split(/\s+/)
      if (key === 'nameserver' && rest[0] && !sawServer) {
        nameserver = rest[0]
        sawServer = true
      } else if (key === 'search' || key === 'domain') {
        search = rest
      } else if (key === 'options') {
        for (const o of rest) {
          const m = /^ndots:(\d+)$/.exec(o)
          if (m) ndots = Math.min(15, Number(m[1]))
        }
      }
    }
  }
  return { nameserver, search, ndots }
}

/** The names glibc asks the DNS server for, in order. */
export function dnsCandidates(name: string, conf: ResolvConf): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)]
  const dots = name.split('.').length - 1
  const searched = conf.search.map((d) => `${name}.${d}`)
  return dots < conf.ndots ? [...searched, name] : [name, ...searched]
}

/** Asks DNS (with the search list); the first candidate that has records wins. */
export function dnsResolve(host: ShellHost, name: string): { fqdn: string; ips: string[] } | null {
  for (const fqdn of dnsCandidates(name, readResolvConf(host))) {
    const ips = host.dns.lookup(fqdn)
    if (ips && ips.length) return { fqdn, ips }
  }
  return null
}

/** gethostbyname(): an IPv4 literal, /etc/hosts, then DNS. */
export function resolveHost(host: ShellHost, name: string): { canonical: string; ips: string[] } | null {
  if (isIPv4(name)) return { canonical: name, ips: [name] }
  const h = hostsLookup(host, name)
  if (h) return { canonical: h.canonical, ips: [h.ip] }
  const d = dnsResolve(host, name)
  return d ? { canonical: d.fqdn, ips: d.ips } : null
}
