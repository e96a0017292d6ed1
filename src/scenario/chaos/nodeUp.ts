// `chaos node-up NODE`: the node boots again (`docker start kind-worker`); a few seconds later its
// kubelet posts Ready, the unreachable taints come off, and the kubelet finishes what happened
// while it was away — pods deleted meanwhile are removed, the others restart or fail by policy.
import { nodeArg } from '../../kubectl/verbs/cordon'
import { fail, out, type KubectlContext, type VerbArgs } from '../../kubectl/context'
import type { ChaosCommand } from './chaos'

export const nodeUp: ChaosCommand = {
  name: 'node-up',
  usage: 'node-up NODE                                       the node boots; its kubelet posts Ready again',
  flags: [],
  run(ctx: KubectlContext, args: VerbArgs): number {
    const node = nodeArg(ctx, 'node-up', args.positional)
    if (typeof node === 'number') return node
    const name = node.metadata.name
    const kubelet = ctx.cluster.kubeletOf(name)
    if (!kubelet) return fail(ctx, `error: node ${name} has no kubelet in this simulation`)
    if (!kubelet.start()) {
      out(ctx, `node/${name} already up`)
      return 0
    }
    out(ctx, `node/${name} starting`)
    return 0
  },
}
