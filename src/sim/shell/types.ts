// Contracts between the busybox shell and whatever runs it (a container in the kubelet, the
// learner's terminal in a scenario, `kubectl exec`). The shell is pure: it reaches the world only
// through a ShellHost, and it lets simulated time pass only by yielding a Wait.

import type { FileSystem } from '../fs/types'

/** What a running process asks of the simulation clock. */
export type Wait =
  /** Let `sleep` simulated milliseconds pass (an integer ≥ 0, or Infinity for `sleep infinity`:
   *  the process then only ends when it is killed). Resumes with `undefined`. */
  | {
      readonly sleep: number
      /** Work done since the last wait, in shell commands: a busy loop yields `{sleep: 1, work: 1000}`
       *  so the kernel can stop a run whose containers spin without end (its work budget). */
      readonly work?: number
    }
  /** Wait until `until()` is true (checked after every simulation event) or `timeout` ms passed.
   *  Resumes with `true` when the condition held, `false` on timeout. */
  | { readonly until: () => boolean; readonly timeout: number }

/** A process: a generator that yields waits and returns its exit status (0–255). */
export type Proc<T = number> = Generator<Wait, T, boolean | undefined>

/** Output streams. Text may hold several lines or a partial line. */
export interface ShellIO {
  stdout(text: string): void
  stderr(text: string): void
  /** Standard input, whole, if any (pipes, here-docs and `<` redirections set it). */
  readonly stdin?: string
}

/** Cluster DNS as seen from inside a pod (CoreDNS for cluster.local names). */
export interface DnsView {
  /** A records for a fully qualified name (no trailing dot), or null for NXDOMAIN. */
  lookup(fqdn: string): string[] | null
  /** Whether an IP answers ICMP echo, and with what TTL. */
  ping(ip: string): { reachable: boolean; ttl: number }
}

export interface ShellClock {
  /** Simulated ms since the scenario started. */
  now(): number
  /** Wall-clock epoch ms at simulated time 0 (busybox `date` prints epoch + now(), in UTC). */
  readonly epochMs: number
}

/** Everything outside the shell that a command may touch. */
export interface ShellHost {
  readonly fs: FileSystem
  readonly clock: ShellClock
  readonly dns: DnsView
  /** Deterministic randomness (ping round-trip times, $RANDOM). Returns [0, 1). */
  random(): number
  /** The kernel hostname (`hostname`, $HOSTNAME). */
  readonly hostname: string
  /** Extra commands this host offers besides the busybox applets (e.g. `kubectl` in the terminal). */
  readonly extraCommands?: Readonly<Record<string, Applet>>
}

/** What an applet gets when it runs. */
export interface AppletContext {
  readonly host: ShellHost
  readonly io: ShellIO
  /** Exported variables, as `env` prints them. */
  readonly env: ReadonlyMap<string, string>
  /** Working directory (absolute). */
  readonly cwd: string
  /** Runs another command line in a child shell of this host (used by `kubectl` for `$(...)`, by `watch`, etc.). */
  readonly sh?: (script: string, io: ShellIO) => Proc
}

/** One command, one file: `name` is what the user types. */
export interface Applet {
  readonly name: string
  /** argv[0] is the name as typed. Returns the exit status, or a process for commands that take time. */
  run(ctx: AppletContext, argv: readonly string[]): number | Proc
}
