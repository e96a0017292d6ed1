// `chaos node-down NODE`: the node stops as `docker stop kind-worker` stops a kind node — kubelet,
// container runtime and containers. The API does not notice at once: the node lifecycle controller
// marks it Ready=Unknown once its Lease has not been renewed for 50 s, taints it unreachable, and
// the taint eviction controller deletes its pods 300 s later (their default toleration).
import { out, type KubectlContext, type VerbArgs } from '../../kubectl/context'
import { nodeKubelet } from './nodeKubelet'
import type { ChaosCommand } from './chaos'

export const nodeDown: ChaosCommand = {
  name: 'node-down',
  usage: 'node-down NODE                                     the node stops: kubelet, runtime and containers',
  flags: [],
  run(ctx: KubectlContext, args: VerbArgs): number {
    const target = nodeKubelet(ctx, 'node-down', args)
    if (typeof target === 'number') return target
    out(ctx, target.kubelet.stop() ? `node/${target.name} down` : `node/${target.name} already down`)
    return 0
  },
}
