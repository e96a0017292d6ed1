// Admission for every object written through the API server (what kubectl sends and what the
// controllers create): defaulting (`SetDefaults_*`), the registry's PrepareForCreate/Update, the
// ServiceAccount admission plugin for pods, cluster-IP allocation, and validation with the
// apiserver's exact texts (`The Job "x" is invalid: …`).
import type { Rng } from '../kernel/rng'
import type { Admission, Admitted } from './apiServer'
import { NAME_ALPHABET } from './apiServer'
import { admitPodInPlace, clone, defaultCronJob, defaultJob, defaultPodInPlace, defaultPodSpec, defaultService, prepareCronJobForCreate, prepareCronJobForUpdate, prepareJobForCreate, prepareJobForUpdate, preparePodForCreateInPlace, prepareServiceForCreate } from './defaults'
import type { ApiError } from './errors'
import type { CronJob, Job, KubeObject, Pod, Service } from './types'
import { admitPvc, validatePvcCreate } from './validation/pvc'
import { type FieldError, formatInvalid, type TimeZoneCheck, validateCronJobCreate, validateCronJobUpdate, validateJobCreate, validateJobUpdate, validatePodCreate, validateServiceCreate } from './validation'

const invalid = (kind: string, name: string, errors: FieldError[]): ApiError => ({ reason: 'Invalid', message: formatInvalid(kind, name, errors) })

/** Server defaults for an object being updated (after a patch or an apply merge). */
export function applyDefaults<T extends KubeObject>(obj: T): T {
  if (obj.kind === 'Job') return defaultJob(obj) as T
  if (obj.kind === 'CronJob') return defaultCronJob(obj) as T
  if (obj.kind === 'Pod') return { ...obj, spec: defaultPodSpec(obj.spec) }
  if (obj.kind === 'Service') return defaultService(obj) as T
  return obj
}

export class ClusterAdmission implements Admission {
  private readonly usedIPs = new Set(['10.96.0.1', '10.96.0.10'])

  /** `isTimeZone`: Go's time.LoadLocation for CronJob `timeZone` (without a tz database, only UTC). */
  constructor(private readonly rng: Rng, private readonly isTimeZone: TimeZoneCheck = (n) => n === 'UTC') {}

  /** A free address in the 10.96.0.0/12 service range. */
  private allocateClusterIP(): string {
    for (;;) {
      const n = this.rng.between(2, (1 << 20) - 2)
      const ip = `10.${96 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`
      if (!this.usedIPs.has(ip) && (n & 255) !== 0 && (n & 255) !== 255) {
        this.usedIPs.add(ip)
        return ip
      }
    }
  }

  create(obj: KubeObject): Admitted {
    const name = obj.metadata.name
    switch (obj.kind) {
      case 'Job': {
        const job = prepareJobForCreate(defaultJob(obj), obj.metadata.uid)
        const errs = validateJobCreate(job)
        return errs.length ? { ok: false, error: invalid('Job', name, errs) } : { ok: true, value: job }
      }
      case 'CronJob': {
        const cj = prepareCronJobForCreate(defaultCronJob(obj), obj.metadata.uid)
        const errs = validateCronJobCreate(cj, this.isTimeZone)
        return errs.length ? { ok: false, error: invalid('CronJob', name, errs) } : { ok: true, value: cj }
      }
      case 'Pod': {
        // One copy, then the three mutating steps in place (a 10,000-pod Job admits 10,000 pods).
        const pod = preparePodForCreateInPlace(admitPodInPlace(defaultPodInPlace(clone(obj)), { tokenVolumeSuffix: this.rng.chars(NAME_ALPHABET, 5) }))
        const errs = validatePodCreate(pod)
        return errs.length ? { ok: false, error: invalid('Pod', name, errs) } : { ok: true, value: pod as Pod }
      }
      case 'Service': {
        const svc: Service = prepareServiceForCreate(defaultService(obj))
        const errs = validateServiceCreate(svc)
        if (errs.length) return { ok: false, error: invalid('Service', name, errs) }
        if (!svc.spec.clusterIP) {
          svc.spec.clusterIP = this.allocateClusterIP()
          svc.spec.clusterIPs = [svc.spec.clusterIP]
        } else if (svc.spec.clusterIP !== 'None') this.usedIPs.add(svc.spec.clusterIP)
        return { ok: true, value: svc }
      }
      case 'PersistentVolumeClaim': {
        const pvc = admitPvc(obj)
        const errs = validatePvcCreate(pvc)
        return errs.length ? { ok: false, error: invalid('PersistentVolumeClaim', name, errs) } : { ok: true, value: pvc }
      }
      default:
        return { ok: true, value: obj }
    }
  }

  update(old: KubeObject, next: KubeObject): Admitted {
    if (old.kind === 'Job' && next.kind === 'Job') {
      const job: Job = prepareJobForUpdate(old, next)
      const errs = validateJobUpdate(old, job)
      return errs.length ? { ok: false, error: invalid('Job', job.metadata.name, errs) } : { ok: true, value: job }
    }
    if (old.kind === 'CronJob' && next.kind === 'CronJob') {
      const cj: CronJob = prepareCronJobForUpdate(old, next)
      const errs = validateCronJobUpdate(old, cj, this.isTimeZone)
      return errs.length ? { ok: false, error: invalid('CronJob', cj.metadata.name, errs) } : { ok: true, value: cj }
    }
    return { ok: true, value: next }
  }
}
