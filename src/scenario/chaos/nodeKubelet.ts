// The node a `chaos node-…` command names, and the kubelet that runs it (or the exit code of the
// error already printed).
import { fail, type KubectlContext, type VerbArgs } from '../../kubectl/context'
import { nodeArg } from '../../kubectl/verbs/cordon'
import type { Kubelet } from '../../sim/kubelet/kubelet'

export function nodeKubelet(ctx: KubectlContext, verb: string, args: VerbArgs): { name: string; kubelet: Kubelet } | number {
  const node = nodeArg(ctx, verb, args.positional)
  if (typeof node === 'number') return node
  const name = node.metadata.name
  const kubelet = ctx.cluster.kubeletOf(name)
  return kubelet ? { name, kubelet } : fail(ctx, `error: node ${name} has no kubelet in this simulation`)
}
