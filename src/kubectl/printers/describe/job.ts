// describe.go `describeJob` (kubectl 1.32–1.34, reference §4.1): the header fields, the pod
// template and the events. A Job's conditions are not shown.
import { durationBetween, selectorString } from '../../../sim/api/printers'
import type { Job, KEvent, Ms } from '../../../sim/api/types'
import { rfc1123z } from '../timeFormat'
import { printAnnotationsMultiline, printController, printLabelsMultiline } from './common'
import { describeEvents } from './events'
import { describePodTemplate } from './podTemplate'
import { LEVEL_0, PrefixWriter } from './prefixWriter'

/** `capIndexesListOrNone`: cut after the first comma past `softLimit` characters, add `...`. */
export function capIndexesListOrNone(indexes: string | undefined, softLimit: number): string {
  if (!indexes) return '<none>'
  let ix = softLimit
  while (ix < indexes.length && indexes[ix] !== ',') ix++
  return ix >= indexes.length ? indexes : `${indexes.slice(0, ix + 1)}...`
}

/** `kubectl describe job`; `events` undefined hides the Events section (--show-events=false). */
export function describeJob(job: Job, events: readonly KEvent[] | undefined, epochMs: number, now: Ms): string {
  const w = new PrefixWriter()
  const { spec, status } = job
  w.write(LEVEL_0, `Name:\t${job.metadata.name}\n`)
  w.write(LEVEL_0, `Namespace:\t${job.metadata.namespace ?? 'default'}\n`)
  w.write(LEVEL_0, `Selector:\t${selectorString(spec.selector)}\n`)
  printLabelsMultiline(w, 'Labels', job.metadata.labels)
  printAnnotationsMultiline(w, 'Annotations', job.metadata.annotations)
  const controller = printController(job.metadata)
  if (controller) w.write(LEVEL_0, `Controlled By:\t${controller}\n`)
  if (spec.parallelism !== undefined) w.write(LEVEL_0, `Parallelism:\t${spec.parallelism}\n`)
  w.write(LEVEL_0, spec.completions !== undefined && spec.completions !== null ? `Completions:\t${spec.completions}\n` : 'Completions:\t<unset>\n')
  if (spec.completionMode !== undefined) w.write(LEVEL_0, `Completion Mode:\t${spec.completionMode}\n`)
  if (spec.suspend !== undefined) w.write(LEVEL_0, `Suspend:\t${spec.suspend}\n`)
  if (spec.backoffLimit !== undefined) w.write(LEVEL_0, `Backoff Limit:\t${spec.backoffLimit}\n`)
  if (spec.ttlSecondsAfterFinished !== undefined) w.write(LEVEL_0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`)
  if (status.startTime !== undefined) w.write(LEVEL_0, `Start Time:\t${rfc1123z(epochMs, status.startTime)}\n`)
  if (status.completionTime !== undefined) w.write(LEVEL_0, `Completed At:\t${rfc1123z(epochMs, status.completionTime)}\n`)
  if (status.startTime !== undefined && status.completionTime !== undefined) w.write(LEVEL_0, `Duration:\t${durationBetween(status.startTime, status.completionTime)}\n`)
  if (spec.activeDeadlineSeconds !== undefined) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`)
  // `(N Ready)` shows when status.ready is set, which a 1.29+ job controller always does.
  const counts = `${status.active ?? 0} Active (${status.ready ?? 0} Ready) / ${status.succeeded ?? 0} Succeeded / ${status.failed ?? 0} Failed`
  w.write(LEVEL_0, `Pods Statuses:\t${counts}\n`)
  if (spec.completionMode === 'Indexed') w.write(LEVEL_0, `Completed Indexes:\t${capIndexesListOrNone(status.completedIndexes, 50)}\n`)
  describePodTemplate(spec.template, w, epochMs)
  describeEvents(events, w, now)
  return w.done()
}
