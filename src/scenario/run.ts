// Runs a scenario in a fresh simulated cluster: the scenario's files sit in the learner's home
// directory, and each step's `run:` line is interpreted by the same busybox shell the pods use,
// with `kubectl` as one more command — so `$(kubectl get pod -l … -o name)` works. Steps run one
// after another, each starting at its `at` time or when the previous one finished.
import { kubectlApplet } from '../kubectl/kubectl'
import { chaosApplet } from './chaos/chaos'
import { Cluster } from '../sim/cluster'
import { MemFileSystem } from '../sim/fs/containerFs'
import { MemDir, MemFile } from '../sim/fs/memDir'
import type { StopReason } from '../sim/kernel/kernel'
import { runShell } from '../sim/shell'
import type { Proc, ShellHost } from '../sim/shell/types'
import type { Trace } from '../sim/trace/events'
import { CommandOutput } from './commandOutput'
import { cronSchedule } from './cronSchedule'
import type { Scenario } from './scenario'
import { isWatchStep } from './watchStep'

export const HOME = '/root'

/**
 * A CronJob never lets the cluster go idle, so without `untilMs` a run that still has a CronJob
 * scheduling stops this long after the last step (docs/TIMING.md, "Runs with CronJobs").
 */
export const CRONJOB_WINDOW_MS = 10 * 60_000

export interface RunOptions {
  seed?: number
  /** Stop at this simulated time (ms) even if more would happen. */
  untilMs?: number
  epochMs?: number
  horizonMs?: number
  eventBudget?: number
}

export interface RunResult {
  trace: Trace
  cluster: Cluster
  stopped: StopReason
}

function workstation(cluster: Cluster, files: Record<string, string>): ShellHost {
  const root = new MemDir()
  const home = root.ensureDir(HOME)
  root.ensureDir('tmp')
  for (const [name, text] of Object.entries(files)) {
    const parts = name.split('/').filter(Boolean)
    const dir = parts.length > 1 ? home.ensureDir(parts.slice(0, -1).join('/')) : home
    dir.entries.set(parts.at(-1)!, new MemFile(text))
  }
  return {
    fs: new MemFileSystem(root),
    clock: { now: () => cluster.now, epochMs: cluster.epochMs },
    dns: cluster.dns.viewFrom('workstation'),
    random: () => cluster.terminalRandom(),
    hostname: 'workstation',
    extraCommands: { kubectl: kubectlApplet(cluster), chaos: chaosApplet(cluster) },
  }
}

export function runScenario(s: Scenario, o: RunOptions = {}): RunResult {
  const cluster = new Cluster({
    cronSchedule,
    seed: o.seed ?? s.seed ?? 1,
    ...(s.nodes !== undefined ? { nodes: s.nodes } : {}),
    ...(o.epochMs ?? s.epochMs) !== undefined ? { epochMs: (o.epochMs ?? s.epochMs)! } : {},
    limits: { ...(o.horizonMs !== undefined ? { horizonMs: o.horizonMs } : {}), ...(o.eventBudget !== undefined ? { eventBudget: o.eventBudget } : {}) },
  })
  const host = workstation(cluster, s.files)
  const env = new Map([['HOME', HOME], ['PATH', '/usr/local/bin:/usr/bin:/bin'], ['USER', 'learner']])
  type Running = { command: string; startedAt: number; out: CommandOutput }
  const running = new Set<Running>()
  const commandEvent = (r: Running, exitCode: number) => {
    running.delete(r)
    const stream = r.out.stream()
    cluster.trace.emit({ type: 'command', startedAt: r.startedAt, command: r.command, output: r.out.output, exitCode, ...(stream ? { stream } : {}) })
  }
  function* session(run: string): Proc<number> {
    const r: Running = { command: run, startedAt: cluster.now, out: new CommandOutput(() => cluster.now) }
    running.add(r)
    const exitCode = yield* runShell(host, { script: run, env, cwd: HOME, io: { stdout: r.out.write, stderr: r.out.write } })
    commandEvent(r, exitCode)
    return exitCode
  }

  // Steps run one after another in one terminal, except watches, which get a terminal each.
  function* terminal(): Proc<number> {
    for (const step of s.steps) {
      if (step.at > cluster.now) yield { sleep: step.at - cluster.now }
      if (isWatchStep(step.run)) cluster.kernel.spawn(session(step.run))
      else yield* session(step.run)
    }
    return 0
  }
  cluster.kernel.spawn(terminal())
  const lastStep = s.steps.reduce((m, st) => Math.max(m, st.at), 0)
  let stopped = cluster.run(o.untilMs ?? lastStep + CRONJOB_WINDOW_MS)
  if (o.untilMs === undefined && stopped === 'until') {
    const down = downNodes(cluster)
    if (cluster.cronJobController.scheduling().length > 0) {
      cluster.trace.emit({ type: 'notice', level: 'info', text: `Stopped at ${formatClock(cluster.now)}: CronJobs keep creating Jobs, so the run shows ${formatClock(CRONJOB_WINDOW_MS)} after the last step.` })
    } else if (down.length > 0) {
      // A node that stays down holds its pods (and whatever waits for them) forever, as on a real
      // cluster; the run shows the same window after the last step rather than 24 hours of waiting.
      const one = down.length === 1
      cluster.trace.emit({ type: 'notice', level: 'info', text: `Stopped at ${formatClock(cluster.now)}: ${down.join(', ')} ${one ? 'is' : 'are'} down and what depends on ${one ? 'it' : 'them'} waits, so the run shows ${formatClock(CRONJOB_WINDOW_MS)} after the last step (\`chaos node-up\` brings a node back).` })
    } else stopped = cluster.run()
  }
  // Steps still running when the run ends (a watch, a `sleep`) are cut off, as Ctrl-C would.
  for (const r of [...running]) commandEvent(r, 130)
  if (stopped === 'horizon' || stopped === 'budget') {
    const k = cluster.kernel
    const why = stopped === 'horizon' ? `the ${Math.round(k.limits.horizonMs / 3_600_000)} h time horizon`
      : k.work >= k.limits.workBudget ? `its work budget: containers ran ${k.work.toLocaleString('en-US')} shell commands without waiting (a busy loop such as \`while true; do :; done\`?)`
      : `the budget of ${k.limits.eventBudget.toLocaleString('en-US')} events`
    cluster.trace.emit({ type: 'notice', level: 'warning', text: `Stopped at ${formatClock(cluster.now)}: the scenario reached ${why} and was still running.` })
  }
  return { trace: cluster.toTrace(stopped), cluster, stopped }
}

/** Nodes whose kubelet is not posting Ready (the node lifecycle controller's view). */
function downNodes(cluster: Cluster): string[] {
  return cluster.api.list('Node')
    .filter((n) => n.status.conditions?.find((c) => c.type === 'Ready')?.status !== 'True')
    .map((n) => n.metadata.name)
}

function formatClock(ms: number): string {
  const s = Math.floor(ms / 1000)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  return h ? `${h}h${m}m${s % 60}s` : m ? `${m}m${s % 60}s` : `${s}s`
}
