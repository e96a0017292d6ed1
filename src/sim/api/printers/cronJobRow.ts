// One `kubectl get cronjobs` row as a 1.34 apiserver builds it (`printCronJob`): NAME SCHEDULE
// TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE, and for -o wide CONTAINERS IMAGES SELECTOR (the
// job template's selector, always unset, so `<none>`).
import type { CronJob, Ms } from '../types'
import { layoutContainerCells } from './jobRow'
import { formatLabelSelector } from './labelText'
import { translateTimestampSince } from './timestamps'

export function cronJobCells(cj: CronJob, now: Ms): string[] {
  const { names, images } = layoutContainerCells(cj.spec.jobTemplate.spec.template.spec.containers)
  const last = cj.status.lastScheduleTime
  return [
    cj.metadata.name,
    cj.spec.schedule,
    cj.spec.timeZone ?? '<none>',
    cj.spec.suspend === undefined ? '<unset>' : cj.spec.suspend ? 'True' : 'False',
    String((cj.status.active ?? []).length),
    last === undefined ? '<none>' : translateTimestampSince(last, now),
    translateTimestampSince(cj.metadata.creationTimestamp, now),
    names,
    images,
    formatLabelSelector(cj.spec.jobTemplate.spec.selector),
  ]
}
