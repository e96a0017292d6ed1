// Container environment: `ValidateEnv`, `validateEnvVarValueFrom`, `validateObjectFieldSelector`
// (pkg/apis/core/validation/validation.go) and `ConvertDownwardAPIFieldLabel`
// (pkg/apis/core/pods/helpers.go), with RelaxedEnvironmentVariableValidation on (1.34 default).
import type { EnvVar, ObjectFieldSelector } from '../types'
import { invalid, notSupported, required, type FieldError } from './fieldError'
import { isQualifiedName, isRelaxedEnvVarName } from './names'

/** `validEnvDownwardAPIFieldPathExpressions`, as `sets.List` orders it. */
const ENV_FIELD_PATHS = [
  'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
]

/** Labels `ConvertDownwardAPIFieldLabel` accepts for pods (`spec.host` is an old alias). */
const CONVERTIBLE = new Set([
  'metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid',
  'spec.nodeName', 'spec.restartPolicy', 'spec.serviceAccountName', 'spec.schedulerName',
  'status.phase', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
])

/** `fieldpath.SplitMaybeSubscriptedPath`: `metadata.labels['k']` → [`metadata.labels`, `k`]. */
export function splitSubscript(fieldPath: string): [string, string] | undefined {
  if (!fieldPath.endsWith("']")) return undefined
  const s = fieldPath.slice(0, -2)
  const at = s.indexOf("['")
  if (at <= 0) return undefined
  return [s.slice(0, at), s.slice(at + 2)]
}

function convertFieldLabel(version: string, label: string): { path: string } | { error: string } {
  if (version !== 'v1') return { error: `unsupported pod version: ${version}` }
  const sub = splitSubscript(label)
  if (sub) {
    return sub[0] === 'metadata.annotations' || sub[0] === 'metadata.labels' ? { path: label } : { error: `field label does not support subscript: ${label}` }
  }
  if (label === 'spec.host') return { path: 'spec.nodeName' }
  return CONVERTIBLE.has(label) ? { path: label } : { error: `field label not supported: ${label}` }
}

/** `validateObjectFieldSelector` with the env var expressions. */
export function validateFieldRef(fs: ObjectFieldSelector, path: string): FieldError[] {
  if (!fs.apiVersion) return [required(`${path}.apiVersion`)]
  if (!fs.fieldPath) return [required(`${path}.fieldPath`)]
  const conv = convertFieldLabel(fs.apiVersion, fs.fieldPath)
  if ('error' in conv) return [invalid(`${path}.fieldPath`, fs.fieldPath, `error converting fieldPath: ${conv.error}`)]
  const sub = splitSubscript(conv.path)
  if (sub) {
    const [p, key] = sub
    if (p === 'metadata.annotations') return isQualifiedName(key.toLowerCase()).map((m) => invalid(path, key.toLowerCase(), m))
    if (p === 'metadata.labels') return isQualifiedName(key).map((m) => invalid(path, key, m))
    return [invalid(path, p, 'does not support subscript')]
  }
  if (!ENV_FIELD_PATHS.includes(conv.path)) return [notSupported(`${path}.fieldPath`, conv.path, ENV_FIELD_PATHS)]
  return []
}

const OTHER_SOURCES = ['resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef']

function validateValueFrom(ev: EnvVar, path: string): FieldError[] {
  const from = ev.valueFrom
  if (!from) return []
  const errs: FieldError[] = []
  let sources = 0
  if (from.fieldRef) {
    sources++
    errs.push(...validateFieldRef(from.fieldRef, `${path}.fieldRef`))
  }
  for (const k of OTHER_SOURCES) if (from[k] !== undefined && from[k] !== null) sources++
  if (sources === 0) errs.push(invalid(path, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'))
  else if (ev.value) errs.push(invalid(path, '', 'may not be specified when `value` is not empty'))
  else if (sources > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'))
  return errs
}

/** `ValidateEnv`. */
export function validateEnv(vars: readonly EnvVar[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = []
  ;(vars ?? []).forEach((ev, i) => {
    const p = `${path}[${i}]`
    if (!ev.name) errs.push(required(`${p}.name`))
    else errs.push(...isRelaxedEnvVarName(ev.name).map((m) => invalid(`${p}.name`, ev.name, m)))
    errs.push(...validateValueFrom(ev, `${p}.valueFrom`))
  })
  return errs
}
