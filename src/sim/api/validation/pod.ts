// `ValidatePodCreate` (pkg/apis/core/validation/validation.go): metadata, the spec, and the checks
// that apply to real Pods but not to pod templates.
import type { Pod } from '../types'
import { validateImageWhitespace } from './containers'
import { forbidden, type FieldError } from './fieldError'
import { validateObjectMeta } from './meta'
import { nameIsDNSSubdomain } from './names'
import { validatePodSpec } from './podSpec'

/** `ValidatePodCreate` for a defaulted Pod (name already generated). */
export function validatePodCreate(pod: Pod): FieldError[] {
  const errs = validateObjectMeta(pod.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain })
  errs.push(...validatePodSpec(pod.spec, 'spec'))
  errs.push(...validateImageWhitespace(pod.spec.containers, 'spec.containers'))
  errs.push(...validateImageWhitespace(pod.spec.initContainers, 'spec.initContainers'))
  const eph = pod.spec['ephemeralContainers']
  if (Array.isArray(eph) && eph.length > 0) errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'))
  return errs
}
