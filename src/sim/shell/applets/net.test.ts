// hostname, ping and nslookup inside a pod (reference §10.2 and §11).
import { describe, expect, it } from 'vitest'
import { run } from '../testing'

const HOSTS = `# Kubernetes-managed hosts file.
127.0.0.1\tlocalhost
::1\tlocalhost ip6-localhost ip6-loopback
fe00::0\tip6-localnet
fe00::0\tip6-mcastprefix
fe00::1\tip6-allnodes
fe00::2\tip6-allrouters
10.1.4.184\tdemo-job-comm-0.demo-job-comm-svc.default.svc.cluster.local\tdemo-job-comm-0
`
const RESOLV = 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n'
const pod = {
  hostname: 'demo-job-comm-0',
  files: { '/etc/hosts': HOSTS, '/etc/resolv.conf': RESOLV },
  dns: { 'demo-job-comm-1.demo-job-comm-svc.default.svc.cluster.local': ['10.1.4.186'] },
}

describe('hostname', () => {
  it('prints the kernel hostname and, with -f/-d/-i/-s, what /etc/hosts says', () => {
    expect(run('hostname', pod).stdout).toBe('demo-job-comm-0\n')
    expect(run('hostname -f', pod).stdout).toBe('demo-job-comm-0.demo-job-comm-svc.default.svc.cluster.local\n')
    expect(run('hostname -d', pod).stdout).toBe('demo-job-comm-svc.default.svc.cluster.local\n')
    expect(run('hostname -i', pod).stdout).toBe('10.1.4.184\n')
    expect(run('hostname -s', pod).stdout).toBe('demo-job-comm-0\n')
  })

  it('prints the plain name for -f when /etc/hosts has no subdomain entry', () => {
    const plain = { hostname: 'pi-x7k2p', files: { '/etc/hosts': '127.0.0.1\tlocalhost\n10.244.0.7\tpi-x7k2p\n' } }
    expect(run('hostname -f', plain).stdout).toBe('pi-x7k2p\n')
    expect(run('hostname -d; echo $?', plain).stdout).toBe('0\n')
  })

  it('cannot set the hostname', () => {
    expect(run('hostname x', pod).stderr).toBe('hostname: sethostname: Operation not permitted\n')
  })
})

describe('ping', () => {
  const LINE = /^64 bytes from 10\.1\.4\.186: seq=(\d) ttl=64 time=0\.(\d{3}) ms$/

  it('prints the busybox format, one reply a second, and statistics', () => {
    const r = run('ping -c5 demo-job-comm-1.demo-job-comm-svc', pod)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe('PING demo-job-comm-1.demo-job-comm-svc (10.1.4.186): 56 data bytes')
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const m = LINE.exec(lines[i + 1] as string)
      expect(m?.[1]).toBe(String(i))
      const us = Number(m?.[2])
      expect(us).toBeGreaterThanOrEqual(40)
      expect(us).toBeLessThanOrEqual(130)
      times.push(us)
    }
    expect(lines.slice(6, 9)).toEqual(['', '--- demo-job-comm-1.demo-job-comm-svc ping statistics ---', '5 packets transmitted, 5 packets received, 0% packet loss'])
    const f = (us: number) => `0.${String(us).padStart(3, '0')}`
    const avg = Math.floor(times.reduce((a, b) => a + b) / 5)
    expect(lines[9]).toBe(`round-trip min/avg/max = ${f(Math.min(...times))}/${f(avg)}/${f(Math.max(...times))} ms`)
    expect(lines[10]).toBe('')
    expect(r.sleeps).toEqual([1000, 1000, 1000, 1000])
    expect(r.status).toBe(0)
  })

  it('resolves short names through the search list, FQDNs as they are', () => {
    const r = run('ping -c1 demo-job-comm-1.demo-job-comm-svc', pod)
    expect(r.fake.dnsQueries).toEqual(['demo-job-comm-1.demo-job-comm-svc.default.svc.cluster.local'])
    const f = run('ping -c 1 demo-job-comm-1.demo-job-comm-svc.default.svc.cluster.local', pod)
    expect(f.stdout.split('\n')[0]).toBe('PING demo-job-comm-1.demo-job-comm-svc.default.svc.cluster.local (10.1.4.186): 56 data bytes')
    expect(run('ping -c1 localhost', pod).stdout).toContain('64 bytes from 127.0.0.1: seq=0 ttl=64')
  })

  it('reports 100% loss without a round-trip line and exits 1 when nothing answers', () => {
    const r = run('ping -c 3 10.1.4.9', { ...pod, unreachable: ['10.1.4.9'] })
    expect(r.stdout).toBe('PING 10.1.4.9 (10.1.4.9): 56 data bytes\n\n--- 10.1.4.9 ping statistics ---\n3 packets transmitted, 0 packets received, 100% packet loss\n')
    expect(r.status).toBe(1)
    // Two 1 s gaps, then busybox waits -W (10 s) for a late reply.
    expect(r.sleeps).toEqual([1000, 1000, 10_000])
  })

  it('says bad address for names that do not resolve', () => {
    const r = run('ping -c1 nope', pod)
    expect([r.stdout, r.stderr, r.status]).toEqual(['', "ping: bad address 'nope'\n", 1])
  })

  it('pings until killed without -c', () => {
    const r = run('ping 10.1.4.186', { ...pod, maxSteps: 50 })
    expect(r.status).toBeNull()
    // One reply before the first wait, then one after each of the 50 waits driven.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('64 bytes')).length).toBe(51)
  })

  it('supports the retry loop of the pod-to-pod tutorial', () => {
    const r = run('until ping -c1 demo-job-comm-1.demo-job-comm-svc >/dev/null 2>&1; do sleep 1; done; echo up', pod)
    expect([r.stdout, r.status]).toEqual(['up\n', 0])
  })
})

describe('nslookup', () => {
  it('prints the server, then each answer, busybox 1.36 style', () => {
    const r = run('nslookup demo-job-comm-1.demo-job-comm-svc', pod)
    expect(r.stdout).toBe(
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tdemo-job-comm-1.demo-job-comm-svc.default.svc.cluster.local\nAddress: 10.1.4.186\n\n\n',
    )
    expect(r.status).toBe(0)
  })

  it('says NXDOMAIN (for the A and the AAAA query) and exits 1', () => {
    const r = run('nslookup nope', pod)
    expect(r.stdout).toBe("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find nope: NXDOMAIN\n\n** server can't find nope: NXDOMAIN\n\n")
    expect(r.status).toBe(1)
  })
})
