// describe.go `describeCronJob` + `describeJobTemplate` + `printActiveJobs` (kubectl 1.34): the
// schedule and policies, the job template (Selector/Parallelism/Completions are `<unset>`
// because a template is not defaulted), the pod template, the last schedule time, the active
// Jobs and the events.
import type { CronJob, KEvent, Ms } from '../../../sim/api/types'
import { rfc1123z } from '../timeFormat'
import { printAnnotationsMultiline, printBool, printLabelsMultiline } from './common'
import { describeEvents } from './events'
import { describePodTemplate } from './podTemplate'
import { LEVEL_0, PrefixWriter } from './prefixWriter'

const orUnset = (v: number | undefined, suffix = ''): string => (v === undefined ? '<unset>' : `${v}${suffix}`)

export function describeCronJob(cj: CronJob, events: readonly KEvent[] | undefined, epochMs: number, now: Ms): string {
  const w = new PrefixWriter()
  const { spec, status } = cj
  w.write(LEVEL_0, `Name:\t${cj.metadata.name}\n`)
  w.write(LEVEL_0, `Namespace:\t${cj.metadata.namespace ?? 'default'}\n`)
  printLabelsMultiline(w, 'Labels', cj.metadata.labels)
  printAnnotationsMultiline(w, 'Annotations', cj.metadata.annotations)
  w.write(LEVEL_0, `Schedule:\t${spec.schedule}\n`)
  w.write(LEVEL_0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}\n`)
  w.write(LEVEL_0, `Suspend:\t${spec.suspend === undefined ? '<unset>' : printBool(spec.suspend)}\n`)
  w.write(LEVEL_0, `Successful Job History Limit:\t${orUnset(spec.successfulJobsHistoryLimit)}\n`)
  w.write(LEVEL_0, `Failed Job History Limit:\t${orUnset(spec.failedJobsHistoryLimit)}\n`)
  w.write(LEVEL_0, `Starting Deadline Seconds:\t${orUnset(spec.startingDeadlineSeconds, 's')}\n`)
  const job = spec.jobTemplate.spec
  w.write(LEVEL_0, 'Selector:\t<unset>\n')
  w.write(LEVEL_0, `Parallelism:\t${orUnset(job.parallelism)}\n`)
  w.write(LEVEL_0, `Completions:\t${job.completions === null ? '<unset>' : orUnset(job.completions)}\n`)
  if (job.activeDeadlineSeconds !== undefined) w.write(LEVEL_0, `Active Deadline Seconds:\t${job.activeDeadlineSeconds}s\n`)
  describePodTemplate(job.template, w, epochMs)
  w.write(LEVEL_0, `Last Schedule Time:\t${status.lastScheduleTime === undefined ? '<unset>' : rfc1123z(epochMs, status.lastScheduleTime)}\n`)
  const active = status.active ?? []
  w.write(LEVEL_0, `Active Jobs:\t${active.length === 0 ? '<none>' : active.map((a) => a.name).join(', ')}\n`)
  describeEvents(events, w, now)
  return w.done()
}
