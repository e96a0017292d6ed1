// `kubectl logs` (`logs.go`, `logsforobject.go`): one pod (or the first of a Job's), or every pod
// a `-l` selector matches; one container or `--all-containers` (init containers first),
// `--prefix`, `--previous`, `--tail` (10 by default with a selector, as `kubectl logs -h` says).
import type { Pod } from '../../sim/api/types'
import type { ContainerRecord } from '../../sim/kubelet/runtime'
import type { Proc } from '../../sim/shell/types'
import { err, fail, type KubectlContext, type Verb, out } from '../context'
import { parseSelector } from '../../sim/api/labels'
import { bool, str } from '../flags'
import { pickContainer, pickPod } from '../podTarget'

function linesOf(pod: Pod, rec: ContainerRecord | undefined, previous: boolean): { ok: true; lines: string[] } | { ok: false; error: string } {
  const name = rec?.spec.name ?? ''
  if (previous) {
    if (!rec?.previous) return { ok: false, error: `Error from server (BadRequest): previous terminated container "${name}" in pod "${pod.metadata.name}" not found` }
    return { ok: true, lines: rec.previous.logs }
  }
  if (!rec || !rec.current) {
    if (!pod.spec.nodeName) return { ok: true, lines: [] }
    const c = [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])].find((s) => s.name === name)
    const reason = c?.state.waiting?.reason ?? 'ContainerCreating'
    return { ok: false, error: `Error from server (BadRequest): container "${name}" in pod "${pod.metadata.name}" is waiting to start: ${reason}` }
  }
  return { ok: true, lines: rec.current.logs }
}

type Args = Parameters<Verb['run']>[1]

/** Lines kept per container when a selector picks the pods and `--tail` was not given. */
const SELECTOR_TAIL = 10
const MAX_FOLLOW = 5

function printLogs(ctx: KubectlContext, pod: Pod, args: Args, defaultTail = -1): number {
  const runtime = ctx.cluster.runtimeOf(pod)
  const all = bool(args.flags['all-containers'])
  const prefix = bool(args.flags.prefix)
  const tail = typeof args.flags.tail === 'number' ? args.flags.tail : defaultTail
  const records = runtime ? [...runtime.init, ...runtime.regular] : []
  let names: string[]
  if (all) names = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map((c) => c.name)
  else {
    const c = pickContainer(ctx, pod, str(args.flags.container), true)
    if (!c.ok) return fail(ctx, c.error)
    names = [c.name]
  }
  for (const name of names) {
    const rec = records.find((r) => r.spec.name === name) ?? notStarted(pod, name)
    const r = linesOf(pod, rec, bool(args.flags.previous))
    if (!r.ok) return fail(ctx, r.error)
    const lines = tail >= 0 ? r.lines.slice(Math.max(0, r.lines.length - tail)) : r.lines
    for (const l of lines) out(ctx, prefix ? `[pod/${pod.metadata.name}/${name}] ${l}` : l)
  }
  return 0
}

/** A container the kubelet has not started yet: only its name is known. */
function notStarted(pod: Pod, name: string): ContainerRecord | undefined {
  const spec = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((c) => c.name === name)
  return spec ? { spec, init: false, instances: 0, current: null, previous: null, waitingReason: null, backoff: null, starting: false } : undefined
}

export const logs: Verb = {
  name: 'logs',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'all-containers', type: 'bool' },
    { name: 'prefix', type: 'bool' },
    { name: 'previous', short: 'p', type: 'bool' },
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'tail', type: 'int' },
    { name: 'max-log-requests', type: 'int', default: MAX_FOLLOW },
    { name: 'timestamps', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
  ],
  run(ctx, args): number | Proc {
    const word = args.positional[0]
    const selector = str(args.flags.selector)
    if (!word && selector) return selectedLogs(ctx, args, selector)
    if (word && selector) return fail(ctx, 'error: only one of a pod name and a selector (-l) may be given')
    if (!word) return fail(ctx, 'error: expected \'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]\'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee \'kubectl logs -h\' for help and examples')
    const picked = pickPod(ctx, word, args.namespace, true)
    if (!picked.ok) {
      const waitFor = picked.waitForPod
      if (!waitFor) return fail(ctx, picked.error)
      return (function* waitForPod(): Proc {
        const found = yield { until: () => waitFor() !== null, timeout: 20_000 }
        const pod = found ? waitFor() : null
        return pod ? printLogs(ctx, pod, args) : fail(ctx, picked.error)
      })()
    }
    const pod = picked.pod
    if (bool(args.flags.follow)) {
      const running = () => (ctx.cluster.runtimeOf(pod)?.regular ?? []).some((r) => r.current && r.current.finishedAt === undefined) || pod.status.phase === 'Pending'
      return (function* follow(): Proc {
        yield { until: () => !running() || !ctx.cluster.api.exists(pod), timeout: Number.POSITIVE_INFINITY }
        return printLogs(ctx, pod, args)
      })()
    }
    return printLogs(ctx, pod, args)
  },
}

/** `kubectl logs -l SELECTOR`: every matching pod in the namespace, in the API's list order. */
function selectedLogs(ctx: KubectlContext, args: Args, selector: string): number | Proc {
  const sel = parseSelector(selector)
  if (!sel.ok) return fail(ctx, `error: ${sel.error}`)
  const matching = () => ctx.cluster.api.list('Pod', args.namespace).filter((p) => sel.test(p.metadata.labels))
  const pods = matching()
  if (pods.length === 0) {
    err(ctx, `No resources found in ${args.namespace} namespace.`)
    return 0
  }
  const printAll = () => {
    let status = 0
    for (const pod of pods) status = printLogs(ctx, pod, args, SELECTOR_TAIL) || status
    return status
  }
  if (!bool(args.flags.follow)) return printAll()
  const limit = typeof args.flags['max-log-requests'] === 'number' ? args.flags['max-log-requests'] : MAX_FOLLOW
  const streams = bool(args.flags['all-containers'])
    ? pods.reduce((n, p) => n + p.spec.containers.length + (p.spec.initContainers?.length ?? 0), 0)
    : pods.length
  if (streams > limit) {
    return fail(ctx, `error: you are attempting to follow ${streams} log streams, but maximum allowed concurrency is ${limit}, use --max-log-requests to increase the limit`)
  }
  const running = (pod: Pod) => ctx.cluster.api.exists(pod)
    && ((ctx.cluster.runtimeOf(pod)?.regular ?? []).some((r) => r.current && r.current.finishedAt === undefined) || pod.status.phase === 'Pending')
  return (function* followAll(): Proc {
    yield { until: () => !pods.some(running), timeout: Number.POSITIVE_INFINITY }
    return printAll()
  })()
}
