// jobStrategy.PrepareForCreate / PrepareForUpdate (pkg/registry/batch/job/strategy.go), with
// `generateSelectorIfNeeded` → `generateSelector`. Reference job-controller.md §1.2.
import type { Job } from '../types'
import { semanticEqual } from '../validation/equal'
import { clone } from './clone'

export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name'
export const CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid'
export const LEGACY_JOB_NAME_LABEL = 'job-name'
export const LEGACY_CONTROLLER_UID_LABEL = 'controller-uid'

/**
 * Create-time preparation of a defaulted Job whose name is final: status cleared, generation 1,
 * and (unless manualSelector) the four template labels added where absent and the selector set
 * to the controller-uid label alone.
 *
 * A Job without labels of its own gets the template's final labels: upstream's SetDefaults_Job
 * shares the template's label map, and defaulting runs again when the stored object is read, so
 * either way the stored Job shows the generated labels. (Labels that merely equal the template's
 * are taken to be that shared map.)
 */
export function prepareJobForCreate(job: Job, uid: string): Job {
  const out = clone(job)
  out.metadata.uid = uid
  out.metadata.generation = 1
  delete out.metadata.deletionTimestamp
  delete out.metadata.deletionGracePeriodSeconds
  out.status = {}
  const before = out.spec.template.metadata?.labels
  const jobLabels = out.metadata.labels
  const shared = !jobLabels || Object.keys(jobLabels).length === 0 || (before !== undefined && semanticEqual(jobLabels, before))
  if (out.spec.manualSelector !== true) {
    const labels = { ...(before ?? {}) }
    const name = out.metadata.name
    for (const [k, v] of [[LEGACY_JOB_NAME_LABEL, name], [JOB_NAME_LABEL, name], [LEGACY_CONTROLLER_UID_LABEL, uid], [CONTROLLER_UID_LABEL, uid]] as const) {
      if (!(k in labels)) labels[k] = v
    }
    out.spec.template = { ...out.spec.template, metadata: { ...out.spec.template.metadata, labels } }
    const sel = out.spec.selector ?? {}
    out.spec.selector = { ...sel, matchLabels: { ...(sel.matchLabels ?? {}) } }
    out.spec.selector.matchLabels![CONTROLLER_UID_LABEL] ??= uid
  }
  const after = out.spec.template.metadata?.labels
  if (shared && after && Object.keys(after).length > 0) out.metadata.labels = { ...after }
  return out
}

/** PrepareForUpdate: the status is the stored one; any spec change bumps the generation. */
export function prepareJobForUpdate(old: Job, next: Job): Job {
  const out = clone(next)
  out.status = clone(old.status)
  const gen = old.metadata.generation ?? 1
  out.metadata.generation = semanticEqual(old.spec, out.spec) ? gen : gen + 1
  return out
}
