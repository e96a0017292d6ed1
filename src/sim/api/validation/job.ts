// `ValidateJob` (pkg/apis/batch/validation/validation.go) as jobStrategy.Validate calls it on
// create: metadata, `validateGeneratedSelector`, `ValidateJobSpec`, then the Indexed hostname
// check. Reference job-controller.md §2.2.
import type { Job } from '../types'
import { invalid, required, type FieldError } from './fieldError'
import { labelSelectorValue } from './internalJson'
import { validateJobSpec } from './jobSpec'
import { selectorMatches, validateObjectMeta } from './meta'
import { isDNS1123Label, nameIsDNSSubdomain } from './names'

/** `ValidateHasLabel`. */
function hasLabel(labels: Record<string, string> | undefined, path: string, key: string, expected: string): FieldError[] {
  const actual = labels?.[key]
  if (actual === undefined) return [required(`${path}.labels[${key}]`, `must be '${expected}'`)]
  if (actual !== expected) return [invalid(`${path}.labels[${key}]`, labels ?? null, `must be '${expected}'`)]
  return []
}

/** `validateGeneratedSelector`; RequirePrefixedLabels is true on create. */
function validateGeneratedSelector(job: Job, requirePrefixedLabels: boolean): FieldError[] {
  if (job.spec.manualSelector === true || !job.spec.selector) return []
  const errs: FieldError[] = []
  const uid = job.metadata.uid ?? ''
  const name = job.metadata.name ?? ''
  if (!uid) errs.push(required('metadata.uid'))
  const labels = job.spec.template.metadata?.labels
  const tpl = 'spec.template.metadata'
  errs.push(...hasLabel(labels, tpl, 'controller-uid', uid), ...hasLabel(labels, tpl, 'job-name', name))
  const expected: Record<string, string> = { 'controller-uid': uid, 'job-name': name }
  if (requirePrefixedLabels) {
    errs.push(...hasLabel(labels, tpl, 'batch.kubernetes.io/controller-uid', uid), ...hasLabel(labels, tpl, 'batch.kubernetes.io/job-name', name))
    expected['batch.kubernetes.io/controller-uid'] = uid
    expected['batch.kubernetes.io/job-name'] = name
  }
  if (selectorMatches(job.spec.selector, expected) === false) {
    errs.push(invalid('spec.selector', labelSelectorValue(job.spec.selector), '`selector` not auto-generated'))
  }
  return errs
}

const GENERATED = new Set(['job-name', 'controller-uid', 'batch.kubernetes.io/job-name', 'batch.kubernetes.io/controller-uid'])

/**
 * The Job metadata the apiserver validates. A Job created without labels has none at validation
 * time: prepareJobForCreate already copied in the generated labels that upstream only adds when
 * the stored object is read back, so such a copy is left out here.
 */
function metaAsValidated(job: Job): Job['metadata'] {
  const labels = job.metadata.labels ?? {}
  const tpl = job.spec.template.metadata?.labels ?? {}
  const keys = Object.keys(labels)
  const readBackCopy = keys.length > 0 && keys.every((k) => GENERATED.has(k)) && keys.length === Object.keys(tpl).length && keys.every((k) => tpl[k] === labels[k])
  return readBackCopy ? { ...job.metadata, labels: undefined } : job.metadata
}

/** `ValidateJob` without the update checks. */
export function validateJob(job: Job, opts: { requirePrefixedLabels?: boolean } = {}): FieldError[] {
  const errs = validateObjectMeta(metaAsValidated(job), { namespaced: true, nameFn: nameIsDNSSubdomain })
  errs.push(...validateGeneratedSelector(job, opts.requirePrefixedLabels ?? true))
  errs.push(...validateJobSpec(job.spec))
  const completions = job.spec.completions ?? 0
  if (job.spec.completionMode === 'Indexed' && completions > 0) {
    // The last pod's hostname is `<job>-<completions-1>`; it has to be a DNS label.
    const hostname = `${job.metadata.name}-${completions - 1}`
    if (isDNS1123Label(hostname).length > 0) {
      errs.push(invalid('metadata.name', job.metadata.name, `will not able to create pod with invalid DNS label: ${hostname}`))
    }
  }
  return errs
}

/** What the apiserver checks when a Job is created (after defaulting and `prepareJobForCreate`). */
export const validateJobCreate = (job: Job): FieldError[] => validateJob(job)
