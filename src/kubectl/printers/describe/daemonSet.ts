// describe.go `describeDaemonSet` (v1.34): selector, the template's node selector, labels,
// annotations, the scheduling counts (written without a tab, so they do not align), the pods'
// phases (`getPodStatusForController`: pods whose controller is this DaemonSet), the pod
// template, then the events.
import { formatLabels, selectorString } from '../../../sim/api/printers'
import type { DaemonSet, KEvent, Ms, Pod } from '../../../sim/api/types'
import { printAnnotationsMultiline, printLabelsMultiline } from './common'
import { describeEvents } from './events'
import { describePodTemplate } from './podTemplate'
import { LEVEL_0, PrefixWriter } from './prefixWriter'

export function describeDaemonSet(ds: DaemonSet, pods: readonly Pod[], events: readonly KEvent[] | undefined, epochMs: number, now: Ms): string {
  const w = new PrefixWriter()
  const s = ds.status
  const own = pods.filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && r.uid === ds.metadata.uid))
  const count = (phase: Pod['status']['phase']) => own.filter((p) => p.status.phase === phase).length
  w.write(LEVEL_0, `Name:\t${ds.metadata.name}\n`)
  w.write(LEVEL_0, `Namespace:\t${ds.metadata.namespace ?? 'default'}\n`)
  w.write(LEVEL_0, `Selector:\t${selectorString(ds.spec.selector)}\n`)
  w.write(LEVEL_0, `Node-Selector:\t${formatLabels(ds.spec.template.spec.nodeSelector)}\n`)
  printLabelsMultiline(w, 'Labels', ds.metadata.labels)
  printAnnotationsMultiline(w, 'Annotations', ds.metadata.annotations)
  w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${s.desiredNumberScheduled}\n`)
  w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${s.currentNumberScheduled}\n`)
  w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${s.updatedNumberScheduled}\n`)
  w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${s.numberAvailable}\n`)
  w.write(LEVEL_0, `Number of Nodes Misscheduled: ${s.numberMisscheduled}\n`)
  w.write(LEVEL_0, `Pods Status:\t${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed\n`)
  describePodTemplate(ds.spec.template, w, epochMs)
  describeEvents(events, w, now)
  return w.done()
}
