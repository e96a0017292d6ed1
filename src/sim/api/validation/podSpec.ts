// `ValidatePodSpec` and `ValidatePodTemplateSpec` (pkg/apis/core/validation/validation.go), in
// upstream order, for the fields the simulator models.
import type { PodSpec, PodTemplateSpec } from '../types'
import { validateContainers, validateInitContainers } from './containers'
import { invalid, notSupported, required, type FieldError } from './fieldError'
import { validateAnnotations, validateLabelName, validateLabels } from './meta'
import { inclusiveRangeError, isDNS1123Label, isValidLabelValue, nameIsDNSSubdomain } from './names'
import { validateVolumes } from './volumes'

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never']
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']
const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute']
const MAX_INT32 = 2147483647

/** `ValidateTolerations`. */
export function validateTolerations(tolerations: PodSpec['tolerations'], path: string): FieldError[] {
  const errs: FieldError[] = []
  ;(tolerations ?? []).forEach((t, i) => {
    const p = `${path}[${i}]`
    const key = t.key ?? ''
    const op = t.operator ?? ''
    const effect = t.effect ?? ''
    const value = t.value ?? ''
    if (key) errs.push(...validateLabelName(key, `${p}.key`))
    if (!key && op !== 'Exists') errs.push(invalid(`${p}.operator`, op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'))
    if (t.tolerationSeconds !== undefined && effect !== 'NoExecute') errs.push(invalid(`${p}.effect`, effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"))
    if (op === 'Equal' || op === '') {
      const msgs = isValidLabelValue(value)
      if (msgs.length) errs.push(invalid(`${p}.operator`, value, msgs.join(';')))
    } else if (op === 'Exists') {
      if (value) errs.push(invalid(`${p}.operator`, value, "value must be empty when `operator` is 'Exists'"))
    } else {
      errs.push(notSupported(`${p}.operator`, op, ['Equal', 'Exists']))
    }
    if (effect && !TAINT_EFFECTS.includes(effect)) errs.push(notSupported(`${p}.effect`, effect, TAINT_EFFECTS))
  })
  return errs
}

/** `ValidatePodSpec`. */
export function validatePodSpec(spec: PodSpec, path: string): FieldError[] {
  const errs: FieldError[] = []
  if (spec.terminationGracePeriodSeconds === undefined) errs.push(required(`${path}.terminationGracePeriodSeconds`))
  const vols = validateVolumes(spec.volumes, `${path}.volumes`)
  errs.push(...vols.errors)
  errs.push(...validateContainers(spec.containers, vols.valid, `${path}.containers`))
  errs.push(...validateInitContainers(spec.initContainers, spec.containers, vols.valid, `${path}.initContainers`))
  const rp: string = spec.restartPolicy ?? ''
  if (!rp) errs.push(required(`${path}.restartPolicy`))
  else if (!RESTART_POLICIES.includes(rp)) errs.push(notSupported(`${path}.restartPolicy`, rp, RESTART_POLICIES))
  const dns = spec.dnsPolicy ?? ''
  if (!dns) errs.push(required(`${path}.dnsPolicy`))
  else if (!DNS_POLICIES.includes(dns)) errs.push(notSupported(`${path}.dnsPolicy`, dns, DNS_POLICIES))
  errs.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`))
  if (spec.serviceAccountName) {
    errs.push(...nameIsDNSSubdomain(spec.serviceAccountName, false).map((m) => invalid(`${path}.serviceAccountName`, spec.serviceAccountName, m)))
  }
  if (spec.nodeName) errs.push(...nameIsDNSSubdomain(spec.nodeName, false).map((m) => invalid(`${path}.nodeName`, spec.nodeName, m)))
  const ads = spec.activeDeadlineSeconds
  if (ads !== undefined && (ads < 1 || ads > MAX_INT32)) errs.push(invalid(`${path}.activeDeadlineSeconds`, ads, inclusiveRangeError(1, MAX_INT32)))
  if (spec.hostname) errs.push(...isDNS1123Label(spec.hostname).map((m) => invalid(`${path}.hostname`, spec.hostname, m)))
  if (spec.subdomain) errs.push(...isDNS1123Label(spec.subdomain).map((m) => invalid(`${path}.subdomain`, spec.subdomain, m)))
  if (spec.tolerations?.length) errs.push(...validateTolerations(spec.tolerations, `${path}.tolerations`))
  const pcn = spec['priorityClassName']
  if (typeof pcn === 'string' && pcn) errs.push(...nameIsDNSSubdomain(pcn, false).map((m) => invalid(`${path}.priorityClassName`, pcn, m)))
  const pp = spec.preemptionPolicy
  if (pp !== undefined && pp !== 'PreemptLowerPriority' && pp !== 'Never') {
    errs.push(pp === '' ? required(`${path}.preemptionPolicy`) : notSupported(`${path}.preemptionPolicy`, pp, ['PreemptLowerPriority', 'Never']))
  }
  return errs
}

/** `ValidatePodTemplateSpec`: note the label path is `<template>.labels`, not `.metadata.labels`. */
export function validatePodTemplateSpec(t: PodTemplateSpec, path: string): FieldError[] {
  const spec: PodSpec | undefined = t.spec // a decoded manifest may omit it: Go sees a zero PodSpec
  return [
    ...validateLabels(t.metadata?.labels, `${path}.labels`),
    ...validateAnnotations(t.metadata?.annotations, `${path}.annotations`),
    ...validatePodSpec(spec ?? { containers: [] }, `${path}.spec`),
  ]
}
