// Test helpers: a fake ShellHost (in-memory file system, a clock starting at 2026-01-03T01:46:00Z,
// a fake cluster DNS, a seeded random source) and `drive`, which runs a process to completion by
// advancing the fake clock whenever it sleeps, with a step limit so a runaway test fails instead
// of hanging.

import { MemDir } from '../fs/memDir'
import { MemFileSystem } from '../fs/containerFs'
import { runShell } from './start'
import type { Applet, DnsView, Proc, ShellHost } from './types'

export const TEST_EPOCH = Date.UTC(2026, 0, 3, 1, 46, 0)

export interface FakeHostOptions {
  /** Files to create, by absolute path. */
  files?: Record<string, string>
  hostname?: string
  /** A records by fully qualified name. */
  dns?: Record<string, string[]>
  /** IPs that do not answer ping. */
  unreachable?: string[]
  /** TTL of ping replies (64 on one node). */
  ttl?: number
  extraCommands?: Record<string, Applet>
  /** Start value of the simulated clock (ms). */
  now?: number
}

export interface FakeHost {
  host: ShellHost
  fs: MemFileSystem
  root: MemDir
  clock: { t: number }
  /** Every name the shell asked DNS for, in order. */
  dnsQueries: string[]
}

/** A seeded linear congruential generator: deterministic and good enough for tests. */
export function seededRandom(seed = 1): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 4294967296
  }
}

export function fakeHost(o: FakeHostOptions = {}): FakeHost {
  const root = new MemDir()
  const fs = new MemFileSystem(root)
  for (const [path, content] of Object.entries(o.files ?? {})) {
    const slash = path.lastIndexOf('/')
    if (slash > 0) fs.mkdir(path.slice(0, slash), true)
    fs.writeFile(path, content, false)
  }
  const clock = { t: o.now ?? 0 }
  const dnsQueries: string[] = []
  const records = o.dns ?? {}
  const dns: DnsView = {
    lookup(fqdn) {
      dnsQueries.push(fqdn)
      return Object.hasOwn(records, fqdn) ? (records[fqdn] ?? null) : null
    },
    ping: (ip) => ({ reachable: !(o.unreachable ?? []).includes(ip), ttl: o.ttl ?? 64 }),
  }
  const host: ShellHost = {
    fs,
    clock: { now: () => clock.t, epochMs: TEST_EPOCH },
    dns,
    random: seededRandom(7),
    hostname: o.hostname ?? 'test-pod',
    ...(o.extraCommands ? { extraCommands: o.extraCommands } : {}),
  }
  return { host, fs, root, clock, dnsQueries }
}

export interface Driven {
  /** The exit status, or null when the process was still running at the step limit or sleeps forever. */
  status: number | null
  /** Every wait the process yielded, in order. */
  sleeps: number[]
  steps: number
}

/**
 * Runs a process: each `{sleep}` advances the clock; an `{until}` resumes at once with true when
 * its condition holds, else after its timeout with false. Stops at `maxSteps` yields, or at a
 * `sleep: Infinity`.
 */
export function drive(clock: { t: number }, proc: Proc, maxSteps = 100_000): Driven {
  const sleeps: number[] = []
  let r = proc.next()
  let steps = 0
  while (!r.done) {
    if (++steps > maxSteps) return { status: null, sleeps, steps }
    const w = r.value
    if ('sleep' in w) {
      sleeps.push(w.sleep)
      if (w.sleep === Infinity) return { status: null, sleeps, steps }
      clock.t += w.sleep
      r = proc.next(undefined)
    } else if (w.until()) {
      r = proc.next(true)
    } else {
      sleeps.push(w.timeout)
      clock.t += w.timeout
      r = proc.next(false)
    }
  }
  return { status: r.value, sleeps, steps }
}

export interface RunResult extends Driven {
  stdout: string
  stderr: string
  fake: FakeHost
}

/** Runs script text in a fresh fake host (or the one given) and collects its output. */
export function run(
  script: string,
  o: FakeHostOptions & { env?: Record<string, string>; cwd?: string; stdin?: string; positional?: string[]; fake?: FakeHost; maxSteps?: number } = {},
): RunResult {
  const fake = o.fake ?? fakeHost(o)
  let stdout = ''
  let stderr = ''
  const io = {
    stdout: (t: string) => {
      stdout += t
    },
    stderr: (t: string) => {
      stderr += t
    },
    ...(o.stdin === undefined ? {} : { stdin: o.stdin }),
  }
  const env = new Map(Object.entries(o.env ?? { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: fake.host.hostname }))
  const proc = runShell(fake.host, { script, env, cwd: o.cwd ?? '/', io, ...(o.positional ? { positional: o.positional } : {}) })
  const d = drive(fake.clock, proc, o.maxSteps)
  return { ...d, stdout, stderr, fake }
}
