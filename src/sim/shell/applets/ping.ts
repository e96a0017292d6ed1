// busybox `ping` (networking/ping.c, reference §10.2): `PING host (ip): 56 data bytes`, one
// `64 bytes from ip: seq=N ttl=T time=X.XXX ms` line per reply, 1 s apart (simulated), then the
// statistics. Without -c it pings until killed. Round-trip times come from host.random() and stay
// in the 0.040–0.130 ms range of pods on one node.
import type { Applet, AppletContext, Proc } from '../types'
import { badOption, getopt, usage } from './lib/args'
import { resolveHost } from './lib/resolve'
import { parseDuration } from './sleep'

const USAGE = 'ping [OPTIONS] HOST'
/** busybox waits this long for the last reply when none came (-W default). */
const DEFAULT_TIMEOUT_S = 10

/** Microseconds as busybox prints them: `%u.%03u` milliseconds. */
const ms3 = (us: number) => `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`

function* run(ctx: AppletContext, target: string, ip: string, count: number, intervalMs: number, deadlineMs: number, timeoutS: number, quiet: boolean, size: number): Proc {
  const io = ctx.io
  io.stdout(`PING ${target} (${ip}): ${size} data bytes\n`)
  const times: number[] = []
  let sent = 0
  let elapsed = 0
  for (;;) {
    const reply = /^127\./.test(ip) ? { reachable: true, ttl: 64 } : ctx.host.dns.ping(ip)
    sent++
    if (reply.reachable) {
      const us = 40 + Math.floor(ctx.host.random() * 91)
      times.push(us)
      if (!quiet) io.stdout(`${size + 8} bytes from ${ip}: seq=${sent - 1} ttl=${reply.ttl} time=${ms3(us)} ms\n`)
    }
    // With -c N it stops right after the Nth reply; the last request waits -W seconds for an answer.
    if (count > 0 && sent >= count) {
      if (times.length === 0 && timeoutS > 0) {
        const wait = Math.min(timeoutS * 1000, deadlineMs - elapsed)
        if (wait > 0) yield { sleep: wait }
      }
      break
    }
    if (elapsed + intervalMs > deadlineMs) {
      if (deadlineMs - elapsed > 0) yield { sleep: deadlineMs - elapsed }
      break
    }
    yield { sleep: intervalMs }
    elapsed += intervalMs
  }
  const received = times.length
  let out = `\n--- ${target} ping statistics ---\n${sent} packets transmitted, ${received} packets received, ${Math.floor(((sent - received) * 100) / sent)}% packet loss\n`
  if (received > 0) {
    const sum = times.reduce((a, b) => a + b, 0)
    out += `round-trip min/avg/max = ${ms3(Math.min(...times))}/${ms3(Math.floor(sum / received))}/${ms3(Math.max(...times))} ms\n`
  }
  io.stdout(out)
  return received > 0 ? 0 : 1
}

export const ping: Applet = {
  name: 'ping',
  run(ctx, argv) {
    const p = getopt(argv, '46qc:i:w:W:s:t:I:')
    if ('bad' in p) return badOption(ctx.io, 'ping', p, USAGE)
    const target = p.args[0]
    if (target === undefined || p.args.length > 1) return usage(ctx.io, USAGE)
    const num = (flag: string, dflt: number): number | null => {
      const v = p.opts.get(flag)
      if (v === undefined || v === true) return dflt
      const n = parseDuration(v)
      if (n === null || !Number.isFinite(n)) {
        ctx.io.stderr(`ping: invalid number '${v}'\n`)
        return null
      }
      return n
    }
    const count = num('c', 0)
    const interval = num('i', 1)
    const deadline = num('w', 0)
    const timeout = num('W', DEFAULT_TIMEOUT_S)
    const size = num('s', 56)
    if (count === null || interval === null || deadline === null || timeout === null || size === null) return 1
    const hit = resolveHost(ctx.host, target)
    const ip = hit?.ips[0]
    if (!ip) {
      ctx.io.stderr(`ping: bad address '${target}'\n`)
      return 1
    }
    const deadlineMs = deadline > 0 ? Math.round(deadline * 1000) : Infinity
    return run(ctx, target, ip, Math.floor(count), Math.max(1, Math.round(interval * 1000)), deadlineMs, timeout, p.opts.has('q'), Math.floor(size))
  },
}
