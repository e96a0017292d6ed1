// `kubectl cordon NODE` / `kubectl uncordon NODE` (kubectl `pkg/cmd/drain/drain.go`,
// `RunCordonOrUncordon`, and `pkg/drain/cordon.go`): set or clear `spec.unschedulable` and print
// `node/NAME cordoned` / `uncordoned`, or `already cordoned` / `already uncordoned` when nothing
// had to change. The scheduler reads the field; pods already on the node keep running.
import type { NodeObject } from '../../sim/api/types'
import { fail, type KubectlContext, type Verb, out } from '../context'

/** Finds the node a cordon/uncordon/drain names, or prints kubectl's error. */
export function nodeArg(ctx: KubectlContext, verb: string, positional: string[]): NodeObject | number {
  const name = positional[0]
  if (name === undefined) return fail(ctx, `error: USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples`)
  const node = ctx.cluster.api.get('Node', name)
  if (!node) return fail(ctx, `Error from server (NotFound): nodes "${name}" not found`)
  return node
}

/** `UpdateIfRequired` + `PatchOrReplace`: writes the node only when the field changes. */
export function setUnschedulable(ctx: KubectlContext, node: NodeObject, desired: boolean): void {
  const current = node.spec?.unschedulable ?? false
  const word = desired ? 'cordoned' : 'uncordoned'
  if (current === desired) {
    out(ctx, `node/${node.metadata.name} already ${word}`)
    return
  }
  // The patch sets `unschedulable: true`, or removes the field (omitempty) when uncordoning.
  const spec = { ...node.spec }
  if (desired) spec.unschedulable = true
  else delete spec.unschedulable
  node.spec = spec
  ctx.cluster.api.commit(node)
  out(ctx, `node/${node.metadata.name} ${word}`)
}

function cordonVerb(name: 'cordon' | 'uncordon', desired: boolean): Verb {
  return {
    name,
    flags: [],
    run(ctx, args) {
      const node = nodeArg(ctx, name, args.positional)
      if (typeof node === 'number') return node
      setUnschedulable(ctx, node, desired)
      return 0
    },
  }
}

export const cordon = cordonVerb('cordon', true)
export const uncordon = cordonVerb('uncordon', false)
