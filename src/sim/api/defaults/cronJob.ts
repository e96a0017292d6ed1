// SetDefaults_CronJob (pkg/apis/batch/v1/defaults.go) plus the PodSpec defaults the scheme
// applies to the template, and cronJobStrategy.PrepareForCreate/Update. The job template's
// JobSpec is not defaulted (SetDefaults_Job runs on Jobs only): describe shows
// `Parallelism: <unset>` until the controller creates a Job from it.
import type { CronJobManifest } from '../decode/types'
import type { CronJob } from '../types'
import { semanticEqual } from '../validation/equal'
import { clone } from './clone'
import { defaultPodSpec } from './podSpec'

export function defaultCronJob<T extends CronJobManifest>(cj: T): T {
  const out = clone(cj)
  const s = out.spec
  if (!s.concurrencyPolicy) s.concurrencyPolicy = 'Allow'
  s.suspend ??= false
  s.successfulJobsHistoryLimit ??= 3
  s.failedJobsHistoryLimit ??= 1
  const jobSpec = s.jobTemplate.spec ?? { template: { spec: { containers: [] } } }
  const template = jobSpec.template ?? { spec: { containers: [] } }
  s.jobTemplate = { ...s.jobTemplate, spec: { ...jobSpec, template: { ...template, spec: defaultPodSpec(template.spec ?? { containers: [] }) } } }
  return out
}

export function prepareCronJobForCreate(cj: CronJob, uid: string): CronJob {
  const out = clone(cj)
  out.metadata.uid = uid
  out.metadata.generation = 1
  out.status = {}
  return out
}

/** The status is the stored one; any spec change bumps the generation. */
export function prepareCronJobForUpdate(old: CronJob, next: CronJob): CronJob {
  const out = clone(next)
  out.status = clone(old.status)
  const gen = old.metadata.generation ?? 1
  out.metadata.generation = semanticEqual(old.spec, out.spec) ? gen : gen + 1
  return out
}
