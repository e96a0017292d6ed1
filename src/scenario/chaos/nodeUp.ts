// `chaos node-up NODE`: the node boots again (`docker start kind-worker`); a few seconds later its
// kubelet posts Ready, the unreachable taints come off, and the kubelet finishes what happened
// while it was away — pods deleted meanwhile are removed, the others restart or fail by policy.
import { out, type KubectlContext, type VerbArgs } from '../../kubectl/context'
import { nodeKubelet } from './nodeKubelet'
import type { ChaosCommand } from './chaos'

export const nodeUp: ChaosCommand = {
  name: 'node-up',
  usage: 'node-up NODE                                       the node boots; its kubelet posts Ready again',
  flags: [],
  run(ctx: KubectlContext, args: VerbArgs): number {
    const target = nodeKubelet(ctx, 'node-up', args)
    if (typeof target === 'number') return target
    out(ctx, target.kubelet.start() ? `node/${target.name} starting` : `node/${target.name} already up`)
    return 0
  },
}
