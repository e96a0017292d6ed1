// `kubectl get daemonsets` cells (printers.go `printDaemonSet`): the status counts, the template's
// nodeSelector as `k=v` (`<none>` when empty), then -o wide's containers, images and selector.
import type { DaemonSet, Ms } from '../types'
import { formatLabels, formatLabelSelector } from './labelText'
import { translateTimestampSince } from './timestamps'

export function daemonSetCells(d: DaemonSet, now: Ms): string[] {
  const s = d.status
  const containers = d.spec.template.spec.containers
  return [
    d.metadata.name, String(s.desiredNumberScheduled), String(s.currentNumberScheduled), String(s.numberReady), String(s.updatedNumberScheduled), String(s.numberAvailable),
    formatLabels(d.spec.template.spec.nodeSelector), translateTimestampSince(d.metadata.creationTimestamp, now),
    containers.map((c) => c.name).join(','), containers.map((c) => c.image).join(','), formatLabelSelector(d.spec.selector),
  ]
}
