// Starting one container instance: pull (by policy, through the node's serial puller), create,
// start the process (the busybox shell or an applet as PID 1), and record its logs, file writes
// and exit. `kubelet_pods.go`, `kuberuntime_container.go startContainer`.
import type { Pod, Volume } from '../api/types'
import { ContainerFs, type Mount } from '../fs/containerFs'
import { MemDir, MemFile } from '../fs/memDir'
import { execArgv } from '../shell'
import type { DnsView, Proc, ShellClock, ShellHost, ShellIO } from '../shell/types'
import { decide } from '../controllers/context'
import { explainPull } from './explainPod'
import { draw } from '../timing'
import { containerArgv, containerEnv } from './env'
import { etcHosts, podHostname, resolvConf } from './hostFiles'
import { BUSYBOX_SIZE, goDuration } from './imagePuller'
import type { NodeAgent } from './node'
import type { ContainerRecord, Instance } from './runtime'
import type { DecisionEvent } from '../trace/events'

export interface PodVolumes {
  /** emptyDir volumes of the pod, shared by its containers (made when a container mounts one). */
  emptyDirs: Map<string, MemDir> | null
}

/** A text made from one image or container name, kept: each is in every pod's events. */
function perName(make: (name: string) => string): (name: string) => string {
  const made = new Map<string, string>()
  return (name) => {
    let text = made.get(name)
    if (text === undefined) {
      text = make(name)
      if (made.size < 1000) made.set(name, text)
    }
    return text
  }
}
const pullingText = perName((image) => `Pulling image "${image}"`)
const presentText = perName((image) => `Container image "${image}" already present on machine`)
const createdText = perName((name) => `Created container: ${name}`)
const startedText = perName((name) => `Started container ${name}`)

const HEX_DIGITS = '0123456789abcdef'
/** Scratch space for `hexId`'s character codes (one id is made at a time). */
const idCodes: number[] = new Array<number>(64).fill(0)

/**
 * 64 hex digits from eight 32-bit draws (each one's eight digits, zero-padded), made as one flat
 * string: `toString(16)` on numbers past the small-integer range and the concatenation of eight
 * pieces were a visible cost at one id per container start.
 */
function hexId(agent: NodeAgent): string {
  for (let i = 0; i < 8; i++) {
    const v = Math.floor(agent.random() * 0x100000000)
    for (let j = 0; j < 8; j++) idCodes[i * 8 + j] = HEX_DIGITS.charCodeAt((v >>> (28 - 4 * j)) & 15)
  }
  return String.fromCharCode(...idCodes)
}

/** The node directory of a bound `persistentVolumeClaim` volume's PersistentVolume. */
function claimHostPath(agent: NodeAgent, pod: Pod, v: Volume): string | undefined {
  const ref = v['persistentVolumeClaim'] as { claimName?: string } | undefined
  if (!ref?.claimName) return undefined
  const claim = agent.ctx.api.get('PersistentVolumeClaim', ref.claimName, pod.metadata.namespace)
  return claim?.spec.volumeName ? agent.ctx.api.get('PersistentVolume', claim.spec.volumeName)?.spec.hostPath?.path : undefined
}

function mountsFor(agent: NodeAgent, pod: Pod, rec: ContainerRecord, vols: PodVolumes): Mount[] {
  const mounts: Mount[] = []
  for (const vm of rec.spec.volumeMounts ?? []) {
    const v = pod.spec.volumes?.find((x) => x.name === vm.name)
    if (!v) continue
    // A claim's volume is a directory on the node too (kind's local-path PersistentVolumes are hostPath ones).
    const nodePath = v.hostPath?.path ?? claimHostPath(agent, pod, v)
    if (nodePath !== undefined) {
      const hostDir = nodePath.replace(/\/+$/, '') || '/'
      mounts.push({
        path: vm.mountPath, dir: agent.hostFs.ensureDir(hostDir), volume: vm.name, readOnly: vm.readOnly ?? false,
        onWrite: (w) => agent.ctx.trace.emit({
          type: 'write', path: `${hostDir === '/' ? '' : hostDir}${w.pathInVolume}`, node: agent.nodeName,
          pod: pod.metadata.name, container: rec.spec.name, data: w.data, append: w.append,
        }),
      })
    } else if (v.emptyDir) {
      vols.emptyDirs ??= new Map()
      let dir = vols.emptyDirs.get(v.name)
      if (!dir) vols.emptyDirs.set(v.name, (dir = new MemDir()))
      mounts.push({ path: vm.mountPath, dir, volume: vm.name, readOnly: vm.readOnly ?? false })
    }
  }
  return mounts
}

/** The busybox image's top-level directories and the files the kubelet writes, built on first use. */
function containerRoot(pod: Pod): MemDir {
  const ip = pod.status.podIP ?? ''
  return new MemDir((root) => {
    for (const d of ['bin', 'dev', 'etc', 'home', 'proc', 'root', 'sys', 'tmp', 'usr', 'var']) root.ensureDir(d)
    const etc = root.lookupDir('etc')!
    etc.entries.set('hosts', new MemFile(etcHosts(pod, ip)))
    etc.entries.set('hostname', new MemFile(`${podHostname(pod)}\n`))
    etc.entries.set('resolv.conf', new MemFile(resolvConf(pod)))
  })
}

// The per-container objects below are classes whose callbacks are assigned in the constructor,
// not object literals or arrow-function fields: tsx (esbuild keepNames) names each named arrow
// with Object.defineProperty whenever one is made, several times the closure's own cost.

/** Output streams that turn text into log lines (trace `log` events and `kubectl logs`). */
class LogStreams implements ShellIO {
  readonly stdout: (t: string) => void
  readonly stderr: (t: string) => void

  constructor(agent: NodeAgent, pod: Pod, rec: ContainerRecord, inst: Instance) {
    this.stdout = (t) => writeLog(agent, pod, rec, inst, 'stdout', t)
    this.stderr = (t) => writeLog(agent, pod, rec, inst, 'stderr', t)
  }
}

function writeLog(agent: NodeAgent, pod: Pod, rec: ContainerRecord, inst: Instance, stream: 'stdout' | 'stderr', text: string): void {
  if (inst.partial[stream] === '' && text.indexOf('\n') === text.length - 1) {
    // The common case: one whole line.
    const line = text.slice(0, -1)
    inst.logs.push(line)
    agent.ctx.trace.push({ at: agent.ctx.trace.time(), type: 'log', pod: pod.metadata.name, container: rec.spec.name, stream, text: line })
    return
  }
  const buf = inst.partial[stream] + text
  const lines = buf.split('\n')
  inst.partial[stream] = lines.pop() ?? ''
  for (const line of lines) {
    inst.logs.push(line)
    agent.ctx.trace.push({ at: agent.ctx.trace.time(), type: 'log', pod: pod.metadata.name, container: rec.spec.name, stream, text: line })
  }
}

export function flushLogs(agent: NodeAgent, pod: Pod, rec: ContainerRecord, inst: Instance): void {
  for (const stream of ['stdout', 'stderr'] as const) {
    const rest = inst.partial[stream]
    if (!rest) continue
    inst.partial[stream] = ''
    inst.logs.push(rest)
    agent.ctx.trace.emit({ type: 'log', pod: pod.metadata.name, container: rec.spec.name, stream, text: rest })
  }
}

/** The simulation clock as a container's processes see it. */
class ContainerClock implements ShellClock {
  readonly epochMs: number
  constructor(private readonly agent: NodeAgent) {
    this.epochMs = agent.epochMs
  }

  now(): number {
    return this.agent.ctx.kernel.now
  }
}

/** The host a container's processes see. */
class ContainerHost implements ShellHost {
  readonly clock: ShellClock
  readonly dns: DnsView
  readonly hostname: string

  constructor(private readonly agent: NodeAgent, pod: Pod, readonly fs: ContainerFs) {
    this.clock = new ContainerClock(agent)
    this.dns = agent.dnsFor(pod.metadata.namespace ?? 'default')
    this.hostname = podHostname(pod)
  }

  random(): number {
    return this.agent.random()
  }
}

export function containerHost(agent: NodeAgent, pod: Pod, fs: ContainerFs): ShellHost {
  return new ContainerHost(agent, pod, fs)
}

type PullReason = [string, DecisionEvent['values']]
/** The common cases (no wait behind another pull) repeat container after container: one sentence
 * and one values record each, shared by every record that says the same. */
const commonPullReasons = new Map<string, PullReason>()

function pullReason(image: string, policy: string | undefined, present: boolean, node: string, pulls: boolean, queuedMs: number): PullReason {
  const make = (): PullReason => [explainPull(image, policy, present, node, queuedMs), { imagePullPolicy: policy ?? 'IfNotPresent', present, pulls, queuedMs }]
  if (queuedMs !== 0) return make()
  const key = `${image} ${policy} ${present} ${node} ${pulls}`
  let r = commonPullReasons.get(key)
  if (!r) commonPullReasons.set(key, (r = make()))
  return r
}

/**
 * Pulls, creates and starts one instance of a container. Resolves once the process runs (or
 * failed to start); `onExit` fires when the process ends.
 */
export function* startContainer(agent: NodeAgent, pod: Pod, rec: ContainerRecord, vols: PodVolumes, onExit: () => void): Proc<void> {
  const { ctx } = agent
  const image = rec.spec.image
  const requested = ctx.kernel.now
  const present = agent.puller.has(image)
  const plan = agent.puller.plan(image, rec.spec.imagePullPolicy, requested)
  const [why, values] = pullReason(image, rec.spec.imagePullPolicy, present, agent.nodeName, plan.pulls, plan.start - requested)
  decide(ctx, 'kubelet', `Pod/${pod.metadata.name}`, 'kubelet.image-pull', why, values)
  if (plan.pulls) {
    ctx.events.record(pod, 'Normal', 'Pulling', pullingText(image), 'kubelet')
    yield { sleep: plan.end - ctx.kernel.now }
    agent.puller.done(image)
    const took = plan.end - plan.start
    ctx.events.record(pod, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${goDuration(took)} (${goDuration(plan.end - requested)} including waiting). Image size: ${BUSYBOX_SIZE} bytes.`, 'kubelet')
  } else {
    ctx.events.record(pod, 'Normal', 'Pulled', presentText(image), 'kubelet')
  }
  yield { sleep: draw(ctx.rng, ctx.timing.createContainerMs) }
  ctx.events.record(pod, 'Normal', 'Created', createdText(rec.spec.name), 'kubelet')

  const id = hexId(agent)
  // Every field from the start (and cleared with undefined, never `delete`): an object that gains
  // or loses properties later gets a new hidden class, or turns into a hash table — and every pod
  // keeps its instances.
  const inst: Instance = {
    id, containerID: `containerd://${id}`, startedAt: ctx.kernel.now, finishedAt: undefined, exitCode: undefined, reason: undefined,
    message: undefined, proc: null, logs: [], partial: { stdout: '', stderr: '' }, exec: undefined,
  }
  rec.previous = rec.current
  rec.current = inst
  rec.instances++
  rec.waitingReason = null
  rec.waitingMessage = undefined

  const fs = new ContainerFs(containerRoot(pod), mountsFor(agent, pod, rec, vols))
  const env = containerEnv(pod, rec.spec, agent.services(pod.metadata.namespace ?? 'default'), podHostname(pod))
  const argv = containerArgv(rec.spec, env)
  const io = new LogStreams(agent, pod, rec, inst)
  const host = containerHost(agent, pod, fs)
  const cwd = rec.spec.workingDir ?? '/'
  inst.exec = { host, env, cwd }
  const started = execArgv(host, argv, { env, cwd, io })
  if (!started.ok) {
    const message = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${started.message}: unknown`
    Object.assign(inst, { finishedAt: ctx.kernel.now, exitCode: 128, reason: 'StartError', message })
    ctx.events.record(pod, 'Warning', 'Failed', `Error: ${message}`, 'kubelet')
    decide(ctx, 'kubelet', `Pod/${pod.metadata.name}`, 'kubelet.start-error', `Container ${rec.spec.name} could not start: ${started.message}`)
    onExit()
    return
  }
  ctx.events.record(pod, 'Normal', 'Started', startedText(rec.spec.name), 'kubelet')
  inst.proc = ctx.kernel.spawn(started.proc, (code, killed) => {
    inst.finishedAt = ctx.kernel.now
    inst.exitCode = killed ? 137 : (code ?? 0)
    inst.reason = inst.exitCode === 0 ? 'Completed' : 'Error'
    inst.proc = null
    // Nothing can exec into a stopped container: let its file system go.
    inst.exec = undefined
    flushLogs(agent, pod, rec, inst)
    onExit()
  })
}
