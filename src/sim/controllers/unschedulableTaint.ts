// `kubectl cordon` only sets `spec.unschedulable`; the node lifecycle controller mirrors it into
// the taint `node.kubernetes.io/unschedulable:NoSchedule` (`doNoScheduleTaintingPass`, run by
// its node update worker on every Node change, TaintNodesByCondition) and takes the taint off
// again on uncordon. The worker runs within milliseconds of the change, so here it happens in the
// same instant: no pod can be scheduled in between, and no random delay is drawn.
import type { ApiServer } from '../api/apiServer'
import type { KubeObject, NodeObject } from '../api/types'

export const UNSCHEDULABLE_TAINT_KEY = 'node.kubernetes.io/unschedulable'

const isUnschedulableTaint = (t: { key: string; effect: string }) => t.key === UNSCHEDULABLE_TAINT_KEY && t.effect === 'NoSchedule'

export class UnschedulableTaint {
  constructor(private readonly api: ApiServer, private readonly now: () => number) {
    api.watch((type, obj: KubeObject) => {
      if (obj.kind === 'Node' && type !== 'DELETED') this.sync(obj)
    })
  }

  private sync(node: NodeObject): void {
    const want = node.spec?.unschedulable === true
    const taints = node.spec?.taints ?? []
    const has = taints.some(isUnschedulableTaint)
    if (want === has) return
    const spec = { ...node.spec }
    if (want) spec.taints = [...taints, { key: UNSCHEDULABLE_TAINT_KEY, effect: 'NoSchedule', timeAdded: this.now() }]
    else {
      const rest = taints.filter((t) => !isUnschedulableTaint(t))
      if (rest.length) spec.taints = rest
      else delete spec.taints
    }
    node.spec = spec
    this.api.commit(node)
  }
}
