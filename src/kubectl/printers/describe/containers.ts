// describe.go `describeContainers` and its helpers: name, IDs, image, ports, command/args, state,
// readiness and restarts, resources, probes; env and mounts come from containerEnv.ts.
import type { Container, ContainerState, ContainerStatus } from '../../../sim/api/types'
import { rfc1123z } from '../timeFormat'
import { printBool, stringOrNone } from './common'
import { describeContainerEnvFrom, describeContainerEnvVars, describeContainerProbes, describeContainerVolumes, type EnvResolver } from './containerEnv'
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefixWriter'

/**
 * Writes `<label>:` and each container. `statuses` undefined for a pod template; `space` is
 * `"  "` inside a pod template, where container names get one extra space (`   writer:`).
 */
export function describeContainers(
  label: string,
  containers: readonly Container[],
  statuses: readonly ContainerStatus[] | undefined,
  resolve: EnvResolver | undefined,
  w: PrefixWriter,
  space: string,
  epochMs: number,
): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]))
  w.write(LEVEL_0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`)
  for (const c of containers) {
    const status = byName.get(c.name)
    describeBasicInfo(c, status, space, w)
    describeCommand(c, w)
    if (status) describeContainerState(status, w, epochMs)
    describeResources(c, w)
    describeContainerProbes(c, w)
    if (Array.isArray(c['envFrom']) && c['envFrom'].length > 0) describeContainerEnvFrom(c, w)
    describeContainerEnvVars(c, resolve, w)
    describeContainerVolumes(c, w)
  }
}

function describeBasicInfo(c: Container, status: ContainerStatus | undefined, space: string, w: PrefixWriter): void {
  w.write(LEVEL_1, `${space ? ' ' : ''}${c.name}:\n`)
  if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ''}\n`)
  w.write(LEVEL_2, `Image:\t${c.image}\n`)
  if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID}\n`)
  // kubectl 1.34 names the port (`8080/TCP (http)`, PR #133018); host ports print as `0/TCP`.
  const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`).join(', ')
  w.write(LEVEL_2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${stringOrNone(ports)}\n`)
  const hostPorts = (c.ports ?? []).map((p) => `${hostPortOf(p)}/${p.protocol ?? 'TCP'}`).join(', ')
  w.write(LEVEL_2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${stringOrNone(hostPorts)}\n`)
}

const hostPortOf = (p: object): number => {
  const v: unknown = Reflect.get(p, 'hostPort')
  return typeof v === 'number' ? v : 0
}

/** `Command:` / `Args:`, one line per argv element, embedded newlines split into lines. */
function describeCommand(c: Container, w: PrefixWriter): void {
  for (const [title, list] of [['Command', c.command], ['Args', c.args]] as const) {
    if (!list || list.length === 0) continue
    w.write(LEVEL_2, `${title}:\n`)
    for (const arg of list) for (const s of arg.split('\n')) w.write(LEVEL_3, `${s}\n`)
  }
}

function describeStatus(stateName: string, state: ContainerState, w: PrefixWriter, epochMs: number): void {
  if (state.running) {
    w.write(LEVEL_2, `${stateName}:\tRunning\n`)
    w.write(LEVEL_3, `Started:\t${rfc1123z(epochMs, state.running.startedAt)}\n`)
  } else if (state.waiting) {
    w.write(LEVEL_2, `${stateName}:\tWaiting\n`)
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`)
  } else if (state.terminated) {
    const t = state.terminated
    w.write(LEVEL_2, `${stateName}:\tTerminated\n`)
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`)
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`)
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode}\n`)
    if (t.signal && t.signal > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`)
    w.write(LEVEL_3, `Started:\t${rfc1123z(epochMs, t.startedAt)}\n`)
    w.write(LEVEL_3, `Finished:\t${rfc1123z(epochMs, t.finishedAt)}\n`)
  } else {
    w.write(LEVEL_2, `${stateName}:\tWaiting\n`)
  }
}

/** `describeContainerState`: State, Last State (only a previous termination), Ready, Restart Count. */
function describeContainerState(status: ContainerStatus, w: PrefixWriter, epochMs: number): void {
  describeStatus('State', status.state, w, epochMs)
  if (status.lastState.terminated) describeStatus('Last State', status.lastState, w, epochMs)
  w.write(LEVEL_2, `Ready:\t${printBool(status.ready)}\n`)
  w.write(LEVEL_2, `Restart Count:\t${status.restartCount}\n`)
}

/** `describeResources`: Limits and Requests, each sorted by resource name. */
function describeResources(c: Container, w: PrefixWriter): void {
  for (const [title, key] of [['Limits', 'limits'], ['Requests', 'requests']] as const) {
    const list = c.resources?.[key]
    if (typeof list !== 'object' || list === null) continue
    const names = Object.keys(list).sort()
    if (names.length === 0) continue
    w.write(LEVEL_2, `${title}:\n`)
    for (const n of names) w.write(LEVEL_3, `${n}:\t${String((list as Record<string, unknown>)[n])}\n`)
  }
}
