// Job updates, as jobStrategy.ValidateUpdate runs them: `ValidateJob(new)` then `ValidateJobUpdate`
// (`ValidateObjectMetaUpdate`, `ValidateJobSpecUpdate`, `validateCompletions`,
// `validatePodTemplateUpdate`). Reference job-controller.md §2.3.
import type { Job, PodTemplateSpec } from '../types'
import { semanticEqual } from './equal'
import { errorText, invalid, type FieldError } from './fieldError'
import { causeTexts } from './format'
import { labelSelectorValue, podFailurePolicyValue, podTemplateValue, successPolicyValue } from './internalJson'
import { validateJob } from './job'
import { validateJobSpec } from './jobSpec'
import { validateObjectMetaUpdate } from './meta'

const IMMUTABLE = 'field is immutable'

/**
 * `validatePodTemplateUpdate`: a Job that is suspended and has never started (no startTime) may
 * change its template's node affinity, nodeSelector, tolerations, labels, annotations and
 * scheduling gates; anything else in the template is immutable.
 */
function templateErrors(old: Job, next: Job): FieldError[] {
  let before: PodTemplateSpec = old.spec.template
  if (old.spec.suspend === true && old.status.startTime === undefined) {
    const n = next.spec.template
    const spec = { ...before.spec }
    const newAff = n.spec['affinity'] as Record<string, unknown> | undefined
    const oldAff = spec['affinity'] as Record<string, unknown> | undefined
    if (!newAff && oldAff) {
      const rest = { ...oldAff, nodeAffinity: undefined }
      spec['affinity'] = Object.values(rest).some((v) => v !== undefined) ? rest : undefined
    } else if (newAff) {
      spec['affinity'] = { ...(oldAff ?? {}), nodeAffinity: newAff['nodeAffinity'] }
    }
    spec.nodeSelector = n.spec.nodeSelector
    spec.tolerations = n.spec.tolerations
    spec['schedulingGates'] = n.spec['schedulingGates']
    before = { ...before, spec, metadata: { ...before.metadata, labels: n.metadata?.labels, annotations: n.metadata?.annotations } }
  }
  return semanticEqual(before, next.spec.template) ? [] : [invalid('spec.template', podTemplateValue(next.spec.template), IMMUTABLE)]
}

/** `validateCompletions` with ElasticIndexedJob (GA): Indexed Jobs may scale completions with parallelism. */
function completionsErrors(old: Job, next: Job): FieldError[] {
  const c = next.spec.completions ?? undefined
  const same = c === (old.spec.completions ?? undefined)
  if (next.spec.completionMode !== 'Indexed') return same ? [] : [invalid('spec.completions', c ?? null, IMMUTABLE)]
  if (same || c === undefined) return []
  return c !== next.spec.parallelism ? [invalid('spec.completions', c, 'can only be modified in tandem with spec.parallelism')] : []
}

function immutable(path: string, a: unknown, b: unknown, shown: unknown): FieldError[] {
  return semanticEqual(a, b) ? [] : [invalid(path, shown, IMMUTABLE)]
}

/** Errors for replacing `old` with `next` (both defaulted), without repeated causes. */
export function validateJobUpdate(old: Job, next: Job): FieldError[] {
  const tl = old.spec.template.metadata?.labels ?? {}
  const requirePrefixedLabels = 'batch.kubernetes.io/job-name' in tl && 'batch.kubernetes.io/controller-uid' in tl
  const s = next.spec
  const o = old.spec
  const errs = [
    ...validateJob(next, { requirePrefixedLabels }),
    ...validateObjectMetaUpdate(next.metadata, old.metadata),
    ...validateJobSpec(s),
    ...completionsErrors(old, next),
    ...immutable('spec.selector', s.selector, o.selector, labelSelectorValue(s.selector)),
    ...templateErrors(old, next),
    ...immutable('spec.completionMode', s.completionMode, o.completionMode, s.completionMode ?? null),
    ...immutable('spec.podFailurePolicy', s.podFailurePolicy, o.podFailurePolicy, podFailurePolicyValue(s.podFailurePolicy)),
    ...immutable('spec.backoffLimitPerIndex', s.backoffLimitPerIndex, o.backoffLimitPerIndex, s.backoffLimitPerIndex ?? null),
    ...immutable('spec.managedBy', s.managedBy, o.managedBy, s.managedBy ?? null),
    ...immutable('spec.successPolicy', s.successPolicy, o.successPolicy, successPolicyValue(s.successPolicy)),
  ]
  // The apiserver returns the spec checks twice (ValidateJob and ValidateJobSpecUpdate both run
  // ValidateJobSpec); kubectl shows each cause once, so keep the first of each.
  const keep = new Set(causeTexts(errs))
  return errs.filter((e) => keep.delete(errorText(e)))
}
