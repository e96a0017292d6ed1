// `kubectl drain NODE` (kubectl `pkg/cmd/drain/drain.go` `RunDrain` and `pkg/drain/drain.go`,
// v1.34): cordon the node, pick the pods to remove (drainFilter.ts), refuse with kubectl's error
// lines if any pod may not go, print the warnings, then evict every pod at once through the
// Eviction API (`evicting pod ns/NAME`). Each eviction is then polled every second until its pod
// is gone (`pod/NAME evicted`); `node/NAME drained` once all are. `--timeout` bounds the whole
// wait (0 = forever); `--grace-period` overrides the pods' own (-1 = theirs).
import type { Pod } from '../../sim/api/types'
import type { Proc } from '../../sim/shell/types'
import { fail, type KubectlContext, type Verb, err, out } from '../context'
import { aggregate, goDurationString, podsForDeletion } from '../drainFilter'
import { bool, str } from '../flags'
import { parseSelector } from '../../sim/api/labels'
import { parseGoDuration } from '../goDuration'
import { nodeArg, setUnschedulable } from './cordon'

/** `waitForDelete`'s poll interval (`wait.PollImmediate(1*time.Second, …)`). */
export const DRAIN_POLL_MS = 1000

const byNamespaceThenName = (a: Pod, b: Pod) => (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0)

/** `RunDrain` after a failure: the node stays cordoned and is named as pending; exit status 1. */
function drainFailed(ctx: KubectlContext, node: string, errors: string[]): number {
  err(ctx, `error: unable to drain node "${node}" due to error: ${aggregate(errors)}, continuing command...`)
  err(ctx, `There are pending nodes to be drained:\n ${node}`)
  // CheckErr unwraps the one-node aggregate and prints each pod error on a line (`MultipleErrors`).
  for (const e of errors) err(ctx, e)
  return 1
}

export const drain: Verb = {
  name: 'drain',
  flags: [
    { name: 'force', type: 'bool' },
    { name: 'ignore-daemonsets', type: 'bool' },
    { name: 'delete-emptydir-data', type: 'bool' },
    { name: 'delete-local-data', type: 'bool' },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'timeout', type: 'string', default: '0s' },
    { name: 'pod-selector', type: 'string' },
    { name: 'disable-eviction', type: 'bool' },
    { name: 'skip-wait-for-delete-timeout', type: 'int', default: 0 },
    { name: 'chunk-size', type: 'int', default: 500 },
  ],
  run(ctx, args): number | Proc {
    const timeoutText = str(args.flags.timeout) ?? '0s'
    const timeout = parseGoDuration(timeoutText)
    if (timeout === null) return fail(ctx, `error: invalid argument "${timeoutText}" for "--timeout" flag: time: invalid duration "${timeoutText}"\nSee 'kubectl drain --help' for usage.`)
    const podSel = str(args.flags['pod-selector'])
    const sel = podSel ? parseSelector(podSel) : null
    if (sel && !sel.ok) return fail(ctx, 'error: --pod-selector=<pod_selector> must be a valid label selector')
    const node = nodeArg(ctx, 'drain', args.positional)
    if (typeof node === 'number') return node
    if (bool(args.flags['delete-local-data'])) err(ctx, 'Flag --delete-local-data has been deprecated, This option is deprecated and will be deleted. Use --delete-emptydir-data.')
    const name = node.metadata.name
    setUnschedulable(ctx, node, true)

    const api = ctx.cluster.api
    const listOnNode = () => api.list('Pod').filter((p) => p.spec.nodeName === name && (!sel || (sel.ok && sel.test(p.metadata.labels)))).sort(byNamespaceThenName)
    const filterOptions = {
      force: bool(args.flags.force),
      deleteEmptyDirData: bool(args.flags['delete-emptydir-data']) || bool(args.flags['delete-local-data']),
      ignoreDaemonSets: bool(args.flags['ignore-daemonsets']),
      daemonSetExists: (ns: string, ds: string) => api.get('DaemonSet', ds, ns) !== undefined,
      skipWaitForDeleteTimeoutSeconds: Number(args.flags['skip-wait-for-delete-timeout'] ?? 0),
      now: ctx.cluster.now,
    }
    const list = podsForDeletion(listOnNode(), filterOptions)
    if (list.errors.length > 0) return drainFailed(ctx, name, list.errors)
    if (list.warnings) err(ctx, `Warning: ${list.warnings}`)
    if (list.pods.length === 0) {
      out(ctx, `node/${name} drained`)
      return 0
    }

    const grace = Number(args.flags['grace-period'] ?? -1)
    const options = grace >= 0 ? { gracePeriodSeconds: grace } : {}
    const evict = !bool(args.flags['disable-eviction'])
    const pending: Pod[] = []
    for (const p of list.pods) {
      const ns = p.metadata.namespace ?? 'default'
      // deletePods reports nothing when it starts (that needs -v=2); evictPods prints each pod.
      if (evict) out(ctx, `evicting pod ${ns}/${p.metadata.name}`)
      const r = evict ? api.evict(p.metadata.name, ns, options) : api.delete('Pod', p.metadata.name, ns, options)
      // A pod already gone counts as done without a line; another error would end the drain.
      if (r.ok) pending.push(p)
    }
    const start = ctx.cluster.now
    const verb = evict ? 'evicted' : 'deleted'
    return (function* waitForDelete(): Proc {
      let left = pending
      for (;;) {
        left = left.filter((p) => {
          const now = api.get('Pod', p.metadata.name, p.metadata.namespace)
          if (now && now.metadata.uid === p.metadata.uid) return !shouldSkip(p)
          out(ctx, `pod/${p.metadata.name} ${verb}`)
          return false
        })
        if (left.length === 0) break
        if (timeout > 0 && ctx.cluster.now - start >= timeout) {
          const reached = `global timeout reached: ${goDurationString(timeout)}`
          const errors = left.map((p) => `error when waiting for pod "${p.metadata.name}" in namespace "${p.metadata.namespace ?? 'default'}" to terminate: ${reached}`)
          const still = podsForDeletion(listOnNode(), { ...filterOptions, now: ctx.cluster.now }).pods
          if (still.length > 0) err(ctx, `There are pending pods in node "${name}" when an error occurred: ${aggregate(errors)}\n${still.map((p) => `pod/${p.metadata.name}`).join('\n')}`)
          return drainFailed(ctx, name, errors)
        }
        yield { sleep: DRAIN_POLL_MS }
      }
      out(ctx, `node/${name} drained`)
      return 0
    })()

    /** `--skip-wait-for-delete-timeout`: a pod deleted long enough ago is no longer waited for. */
    function shouldSkip(p: Pod): boolean {
      const skip = filterOptions.skipWaitForDeleteTimeoutSeconds
      const ts = p.metadata.deletionTimestamp
      if (!(skip > 0 && ts !== undefined && Math.floor((ctx.cluster.now - ts) / 1000) > skip)) return false
      out(ctx, `Pod ${p.metadata.name} was skipped because its deletionTimestamp is older than ${skip} seconds`)
      return true
    }
  },
}
