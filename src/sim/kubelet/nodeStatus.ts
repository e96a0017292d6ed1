// What a kubelet that (re)starts writes into its Node's status (`kubelet_node_status.go` and the
// condition setters in `pkg/kubelet/nodestatus/setters.go`): each condition it owns gets a fresh
// heartbeat; one whose status changes gets a new transition time and an event
// `Node NAME status is now: <event>`. After a node was down, the node lifecycle controller had set
// them Unknown, so each turns back: MemoryPressure, DiskPressure, PIDPressure False, Ready True.
import type { NodeCondition, NodeObject } from '../api/types'

interface Owned {
  status: 'True' | 'False'
  reason: string
  message: string
  /** The event the setter records when the status changes. */
  event: string
}

const OWNED: Record<string, Owned> = {
  MemoryPressure: { status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available', event: 'NodeHasSufficientMemory' },
  DiskPressure: { status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure', event: 'NodeHasNoDiskPressure' },
  PIDPressure: { status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available', event: 'NodeHasSufficientPID' },
  Ready: { status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', event: 'NodeReady' },
}

/** Sets the kubelet's conditions on `node` at `now`; returns the events to record, in the setters' order. */
export function postKubeletStatus(node: NodeObject, now: number): string[] {
  const events: string[] = []
  const list: NodeCondition[] = node.status.conditions ?? []
  for (const [type, want] of Object.entries(OWNED)) {
    const c = list.find((x) => x.type === type)
    // The kubelet only updates conditions the Node carries (the simulator's nodes may not carry all four).
    if (!c) continue
    const changed = c.status !== want.status
    Object.assign(c, { status: want.status, reason: want.reason, message: want.message, lastHeartbeatTime: now })
    if (changed) {
      c.lastTransitionTime = now
      events.push(want.event)
    }
  }
  node.status.conditions = list
  return events
}

/** `Node node-1 status is now: NodeReady` (`recordNodeStatusEvent`, and the controller's `RecordNodeStatusChange`). */
export const nodeStatusText = (node: string, event: string) => `Node ${node} status is now: ${event}`
