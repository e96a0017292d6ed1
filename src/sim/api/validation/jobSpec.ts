// `validateJobSpec` and `ValidateJobSpec` (pkg/apis/batch/validation/validation.go), in upstream
// order; reference job-controller.md §2.2.
import type { JobSpec } from '../types'
import { invalid, notSupported, required, tooLong, type FieldError } from './fieldError'
import { successPolicyValue } from './internalJson'
import { validatePodFailurePolicy, validatePodReplacementPolicy, validateSuccessPolicy } from './jobPolicies'
import { selectorMatches, validateLabelSelector } from './meta'
import { isDNS1123Subdomain } from './names'
import { validatePodTemplateSpec } from './podSpec'

const MAX_PARALLELISM_INDEXED = 100000
const MAX_FAILED_INDEXES = 100000
const COMPLETIONS_SOFT_LIMIT = 100000
const PARALLELISM_HIGH_COMPLETIONS = 10000

const nonNegative = (v: number | null | undefined, path: string): FieldError[] =>
  v !== undefined && v !== null && v < 0 ? [invalid(path, v, 'must be greater than or equal to 0')] : []

/** `IsDomainPrefixedPath` for `spec.managedBy`. */
function validateManagedBy(v: string, path: string): FieldError[] {
  if (v.length === 0) return [required(path)]
  const slash = v.indexOf('/')
  const host = v.slice(0, slash)
  const rest = v.slice(slash + 1)
  if (slash <= 0 || rest.length === 0) return [invalid(path, v, 'must be a domain-prefixed path (such as "acme.io/foo")')]
  const errs = isDNS1123Subdomain(host).map((m) => invalid(path, host, m))
  if (!/^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/.test(rest)) errs.push(invalid(path, rest, "Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')"))
  return errs
}

/** `validateJobSpec`: numbers, completion mode, policies, the pod template, the restart policy. */
export function validateJobSpecBody(spec: JobSpec, path: string): FieldError[] {
  const errs: FieldError[] = [
    ...nonNegative(spec.parallelism, `${path}.parallelism`),
    ...nonNegative(spec.completions, `${path}.completions`),
    ...nonNegative(spec.activeDeadlineSeconds, `${path}.activeDeadlineSeconds`),
    ...nonNegative(spec.backoffLimit, `${path}.backoffLimit`),
    ...nonNegative(spec.ttlSecondsAfterFinished, `${path}.ttlSecondsAfterFinished`),
    ...nonNegative(spec.backoffLimitPerIndex, `${path}.backoffLimitPerIndex`),
  ]
  const completions = spec.completions ?? undefined
  const { parallelism, backoffLimitPerIndex: perIndex, maxFailedIndexes: maxFailed } = spec
  if (maxFailed !== undefined) {
    errs.push(...nonNegative(maxFailed, `${path}.maxFailedIndexes`))
    if (perIndex === undefined) errs.push(required(`${path}.backoffLimitPerIndex`, 'when maxFailedIndexes is specified'))
  }
  if (spec.managedBy !== undefined) {
    errs.push(...validateManagedBy(spec.managedBy, `${path}.managedBy`))
    if (spec.managedBy.length > 63) errs.push(tooLong(`${path}.managedBy`, 63))
  }
  const mode: string | undefined = spec.completionMode
  if (mode !== undefined) {
    if (mode !== 'NonIndexed' && mode !== 'Indexed') errs.push(notSupported(`${path}.completionMode`, mode, ['NonIndexed', 'Indexed']))
    if (mode === 'Indexed') {
      if (completions === undefined) errs.push(required(`${path}.completions`, 'when completion mode is Indexed'))
      if (parallelism !== undefined && parallelism > MAX_PARALLELISM_INDEXED) {
        errs.push(invalid(`${path}.parallelism`, parallelism, `must be less than or equal to ${MAX_PARALLELISM_INDEXED} when completion mode is Indexed`))
      }
      if (completions !== undefined && maxFailed !== undefined && maxFailed > completions) errs.push(invalid(`${path}.maxFailedIndexes`, maxFailed, 'must be less than or equal to completions'))
      if (maxFailed !== undefined && maxFailed > MAX_FAILED_INDEXES) errs.push(invalid(`${path}.maxFailedIndexes`, maxFailed, `must be less than or equal to ${MAX_FAILED_INDEXES}`))
      if (completions !== undefined && completions > COMPLETIONS_SOFT_LIMIT && perIndex !== undefined) {
        const why = `when completions are above ${COMPLETIONS_SOFT_LIMIT} and used with backoff limit per index`
        if (maxFailed === undefined) errs.push(required(`${path}.maxFailedIndexes`, `must be specified when completions is above ${COMPLETIONS_SOFT_LIMIT}`))
        if (parallelism !== undefined && parallelism > PARALLELISM_HIGH_COMPLETIONS) errs.push(invalid(`${path}.parallelism`, parallelism, `must be less than or equal to ${PARALLELISM_HIGH_COMPLETIONS} ${why}`))
        if (maxFailed !== undefined && maxFailed > PARALLELISM_HIGH_COMPLETIONS) errs.push(invalid(`${path}.maxFailedIndexes`, maxFailed, `must be less than or equal to ${PARALLELISM_HIGH_COMPLETIONS} ${why}`))
      }
    }
  }
  if (mode === undefined || mode === 'NonIndexed') {
    if (perIndex !== undefined) errs.push(invalid(`${path}.backoffLimitPerIndex`, perIndex, 'requires indexed completion mode'))
    if (maxFailed !== undefined) errs.push(invalid(`${path}.maxFailedIndexes`, maxFailed, 'requires indexed completion mode'))
  }
  if (spec.podFailurePolicy) errs.push(...validatePodFailurePolicy(spec, `${path}.podFailurePolicy`))
  if (spec.successPolicy) {
    if (mode !== 'Indexed') errs.push(invalid(`${path}.successPolicy`, successPolicyValue(spec.successPolicy), 'requires indexed completion mode'))
    else errs.push(...validateSuccessPolicy(spec, `${path}.successPolicy`))
  }
  errs.push(...validatePodReplacementPolicy(spec, `${path}.podReplacementPolicy`))
  errs.push(...validatePodTemplateSpec(spec.template, `${path}.template`))
  // SetDefaults_PodSpec turns an omitted restartPolicy into Always, so both mean "not set" here.
  const rp: string = spec.template.spec?.restartPolicy ?? ''
  const rpPath = `${path}.template.spec.restartPolicy`
  if (rp === 'Always' || rp === '') errs.push(required(rpPath, 'valid values: "OnFailure", "Never"'))
  else if (rp !== 'OnFailure' && rp !== 'Never') errs.push(notSupported(rpPath, rp, ['OnFailure', 'Never']))
  else if (spec.podFailurePolicy && rp !== 'Never') errs.push(invalid(rpPath, rp, 'only "Never" is supported when podFailurePolicy is specified'))
  return errs
}

/** `ValidateJobSpec`: the body, then the selector and its match against the template labels. */
export function validateJobSpec(spec: JobSpec, path = 'spec'): FieldError[] {
  const errs = validateJobSpecBody(spec, path)
  if (!spec.selector) errs.push(required(`${path}.selector`))
  else errs.push(...validateLabelSelector(spec.selector, `${path}.selector`))
  const labels = spec.template.metadata?.labels
  if (selectorMatches(spec.selector, labels) === false) {
    errs.push(invalid(`${path}.template.metadata.labels`, labels ?? null, '`selector` does not match template `labels`'))
  }
  return errs
}

