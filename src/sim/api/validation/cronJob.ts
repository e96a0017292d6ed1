// `ValidateCronJobCreate` / `ValidateCronJobUpdate` (pkg/apis/batch/validation/validation.go,
// 1.34): metadata, the schedule (robfig `ParseStandard` plus the TZ rules), the time zone, the
// concurrency policy, the job template (`ValidateJobTemplateSpec`) and the history limits, then
// on create the 52-character name limit (the controller appends `-<minutes>`, 11 characters).
import type { CronJob, CronJobSpec } from '../types'
import { parseStandard } from './cronSchedule'
import { invalid, notSupported, required, type FieldError } from './fieldError'
import { labelSelectorValue } from './internalJson'
import { validateJobSpecBody } from './jobSpec'
import { validateObjectMeta, validateObjectMetaUpdate } from './meta'
import { nameIsDNSSubdomain } from './names'

/** Go's time.LoadLocation, as the apiserver has it; the caller supplies the tz database. */
export type TimeZoneCheck = (name: string) => boolean

const nonNegative = (v: number | undefined, path: string): FieldError[] =>
  v !== undefined && v < 0 ? [invalid(path, v, 'must be greater than or equal to 0')] : []

function validateScheduleFormat(schedule: string, allowTZInSchedule: boolean, timeZone: string | undefined, path: string, isTimeZone: TimeZoneCheck): FieldError[] {
  const errs: FieldError[] = []
  const parsed = parseStandard(schedule, isTimeZone)
  if (!parsed.ok) errs.push(invalid(path, schedule, parsed.error))
  if (allowTZInSchedule && schedule.includes('TZ') && timeZone !== undefined) errs.push(invalid(path, schedule, 'cannot use both timeZone field and TZ or CRON_TZ in schedule'))
  else if (!allowTZInSchedule && schedule.includes('TZ')) errs.push(invalid(path, schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'))
  return errs
}

// IANA naming rules, with digits and + tolerated for legacy names.
const TZ_PART = /^[A-Za-z.\-_0-9+]{1,14}$/

function validateTimeZone(tz: string | undefined, path: string, isTimeZone: TimeZoneCheck): FieldError[] {
  if (tz === undefined) return []
  if (tz.length === 0) return [invalid(path, tz, 'timeZone must be nil or non-empty string')]
  for (const part of tz.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !TZ_PART.test(part)) return [invalid(path, tz, `unknown time zone ${tz}`)]
  }
  const errs: FieldError[] = []
  if (tz.toLowerCase() === 'local') errs.push(invalid(path, tz, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'))
  if (!isTimeZone(tz)) errs.push(invalid(path, tz, `unknown time zone ${tz}`))
  return errs
}

function validateCronJobSpec(spec: CronJobSpec, old: CronJobSpec | undefined, isTimeZone: TimeZoneCheck, path = 'spec'): FieldError[] {
  const errs: FieldError[] = []
  if (!spec.schedule) errs.push(required(`${path}.schedule`))
  else errs.push(...validateScheduleFormat(spec.schedule, old !== undefined && old.schedule.includes('TZ'), spec.timeZone, `${path}.schedule`, isTimeZone))
  errs.push(...nonNegative(spec.startingDeadlineSeconds, `${path}.startingDeadlineSeconds`))
  if (old === undefined || old.timeZone !== spec.timeZone) errs.push(...validateTimeZone(spec.timeZone, `${path}.timeZone`, isTimeZone))
  const policy: string = spec.concurrencyPolicy ?? ''
  if (policy === '') errs.push(required(`${path}.concurrencyPolicy`))
  else if (!['Allow', 'Forbid', 'Replace'].includes(policy)) errs.push(notSupported(`${path}.concurrencyPolicy`, policy, ['Allow', 'Forbid', 'Replace']))
  // ValidateJobTemplateSpec: the Job spec body; the selector is always generated, per Job.
  const tpl = `${path}.jobTemplate.spec`
  const jobSpec = spec.jobTemplate.spec
  errs.push(...validateJobSpecBody(jobSpec, tpl))
  if (jobSpec.selector) errs.push(invalid(`${tpl}.selector`, labelSelectorValue(jobSpec.selector), '`selector` will be auto-generated'))
  if (jobSpec.manualSelector === true) errs.push(notSupported(`${tpl}.manualSelector`, true, ['nil', 'false']))
  errs.push(...nonNegative(spec.successfulJobsHistoryLimit, `${path}.successfulJobsHistoryLimit`))
  errs.push(...nonNegative(spec.failedJobsHistoryLimit, `${path}.failedJobsHistoryLimit`))
  return errs
}

export function validateCronJobCreate(cj: CronJob, isTimeZone: TimeZoneCheck): FieldError[] {
  const errs = validateObjectMeta(cj.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain })
  errs.push(...validateCronJobSpec(cj.spec, undefined, isTimeZone))
  if (cj.metadata.name.length > 52) errs.push(invalid('metadata.name', cj.metadata.name, 'must be no more than 52 characters'))
  return errs
}

/** On update the name limit is skipped, so older long-named CronJobs can still be changed. */
export function validateCronJobUpdate(old: CronJob, next: CronJob, isTimeZone: TimeZoneCheck): FieldError[] {
  return [...validateObjectMetaUpdate(next.metadata, old.metadata), ...validateCronJobSpec(next.spec, old.spec, isTimeZone)]
}
