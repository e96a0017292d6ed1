// `chaos node-down NODE`: the node stops as `docker stop kind-worker` stops a kind node — kubelet,
// container runtime and containers. The API does not notice at once: the node lifecycle controller
// marks it Ready=Unknown once its Lease has not been renewed for 50 s, taints it unreachable, and
// the taint eviction controller deletes its pods 300 s later (their default toleration).
import { nodeArg } from '../../kubectl/verbs/cordon'
import { fail, out, type KubectlContext, type VerbArgs } from '../../kubectl/context'
import type { ChaosCommand } from './chaos'

export const nodeDown: ChaosCommand = {
  name: 'node-down',
  usage: 'node-down NODE                                     the node stops: kubelet, runtime and containers',
  flags: [],
  run(ctx: KubectlContext, args: VerbArgs): number {
    const node = nodeArg(ctx, 'node-down', args.positional)
    if (typeof node === 'number') return node
    const name = node.metadata.name
    const kubelet = ctx.cluster.kubeletOf(name)
    if (!kubelet) return fail(ctx, `error: node ${name} has no kubelet in this simulation`)
    if (!kubelet.stop()) {
      out(ctx, `node/${name} already down`)
      return 0
    }
    out(ctx, `node/${name} down`)
    return 0
  },
}
