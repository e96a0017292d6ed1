// Containers: `validateContainers`, `validateInitContainers`, `validateContainerCommon`,
// `validateContainerPorts`, `ValidateVolumeMounts`, `validatePullPolicy`
// (pkg/apis/core/validation/validation.go). Probes, lifecycle, resources and security contexts
// are carried but not checked beyond where they are forbidden.
import type { Container } from '../types'
import { validateEnv } from './env'
import { extra } from './goFormat'
import { duplicate, forbidden, invalid, notFound, notSupported, required, type FieldError } from './fieldError'
import { isDNS1123Label, isValidPortName, isValidPortNum } from './names'
import { validateLocalDescendingPath } from './volumes'

const PROTOCOLS = ['SCTP', 'TCP', 'UDP']
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never']

function validatePorts(ports: Container['ports'], path: string): FieldError[] {
  const errs: FieldError[] = []
  const names = new Set<string>()
  ;(ports ?? []).forEach((port, i) => {
    const p = `${path}[${i}]`
    if (port.name) {
      const msgs = isValidPortName(port.name)
      if (msgs.length) errs.push(...msgs.map((m) => invalid(`${p}.name`, port.name, m)))
      else if (names.has(port.name)) errs.push(duplicate(`${p}.name`, port.name))
      else names.add(port.name)
    }
    if (!port.containerPort) errs.push(required(`${p}.containerPort`))
    else errs.push(...isValidPortNum(port.containerPort).map((m) => invalid(`${p}.containerPort`, port.containerPort, m)))
    const hostPort = extra(port, 'hostPort')
    if (typeof hostPort === 'number' && hostPort !== 0) errs.push(...isValidPortNum(hostPort).map((m) => invalid(`${p}.hostPort`, hostPort, m)))
    if (!port.protocol) errs.push(required(`${p}.protocol`))
    else if (!PROTOCOLS.includes(port.protocol)) errs.push(notSupported(`${p}.protocol`, port.protocol, PROTOCOLS))
  })
  return errs
}

function validateVolumeMounts(mounts: Container['volumeMounts'], volumes: ReadonlySet<string>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const points = new Set<string>()
  ;(mounts ?? []).forEach((m, i) => {
    const p = `${path}[${i}]`
    if (!m.name) errs.push(required(`${p}.name`))
    if (!volumes.has(m.name)) errs.push(notFound(`${p}.name`, m.name))
    if (!m.mountPath) errs.push(required(`${p}.mountPath`))
    if (points.has(m.mountPath)) errs.push(invalid(`${p}.mountPath`, m.mountPath, 'must be unique'))
    points.add(m.mountPath)
    // Upstream reports sub-path errors on the list path, not the item path.
    if (m.subPath) errs.push(...validateLocalDescendingPath(m.subPath, `${path}.subPath`))
    const expr = extra(m, 'subPathExpr')
    if (typeof expr === 'string' && expr) {
      if (m.subPath) errs.push(invalid(`${p}.subPathExpr`, expr, 'subPathExpr and subPath are mutually exclusive'))
      errs.push(...validateLocalDescendingPath(expr, `${path}.subPathExpr`))
    }
  })
  return errs
}

/** `validateContainerCommon`. */
function validateCommon(c: Container, volumes: ReadonlySet<string>, path: string): FieldError[] {
  const errs: FieldError[] = []
  if (!c.name) errs.push(required(`${path}.name`))
  else errs.push(...isDNS1123Label(c.name).map((m) => invalid(`${path}.name`, c.name, m)))
  if (!c.image) errs.push(required(`${path}.image`))
  const tmp = c.terminationMessagePolicy
  if (!tmp) errs.push(required(`${path}.terminationMessagePolicy`))
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') errs.push(notSupported(`${path}.terminationMessagePolicy`, tmp, ['File', 'FallbackToLogsOnError']))
  errs.push(...validatePorts(c.ports, `${path}.ports`))
  errs.push(...validateEnv(c.env, `${path}.env`))
  errs.push(...validateVolumeMounts(c.volumeMounts, volumes, `${path}.volumeMounts`))
  const pull: string | undefined = c.imagePullPolicy
  if (!pull) errs.push(required(`${path}.imagePullPolicy`))
  else if (!PULL_POLICIES.includes(pull)) errs.push(notSupported(`${path}.imagePullPolicy`, pull, PULL_POLICIES))
  return errs
}

const present = (c: Container, k: string): boolean => c[k] !== undefined && c[k] !== null

/** `validateContainers`: at least one, names unique, no container-level restartPolicy. */
export function validateContainers(containers: readonly Container[] | undefined, volumes: ReadonlySet<string>, path: string): FieldError[] {
  if (!containers || containers.length === 0) return [required(path)]
  const errs: FieldError[] = []
  const names = new Set<string>()
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`
    errs.push(...validateCommon(c, volumes, p))
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name))
    else names.add(c.name)
    if (present(c, 'restartPolicy')) errs.push(forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'))
  })
  return errs
}

/** `validateInitContainers`: names unique across both lists; only `Always` (sidecars) may restart. */
export function validateInitContainers(inits: readonly Container[] | undefined, regular: readonly Container[] | undefined,
  volumes: ReadonlySet<string>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const names = new Set((regular ?? []).map((c) => c.name))
  ;(inits ?? []).forEach((c, i) => {
    const p = `${path}[${i}]`
    errs.push(...validateCommon(c, volumes, p))
    const rp: unknown = c.restartPolicy
    if (rp !== undefined && rp !== 'Always') errs.push(notSupported(`${p}.restartPolicy`, rp, ['Always']))
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name))
    else if (c.name) names.add(c.name)
    if (rp !== 'Always') {
      for (const k of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe']) {
        if (present(c, k)) errs.push(forbidden(`${p}.${k}`, 'may not be set for init containers without restartPolicy=Always'))
      }
    }
  })
  return errs
}

/** `validateContainerOnlyForPod`: only real Pods reject an image padded with spaces. */
export const validateImageWhitespace = (containers: readonly Container[] | undefined, path: string): FieldError[] =>
  (containers ?? []).flatMap((c, i) => {
    const image: string | undefined = c.image
    return image && image !== image.trim() ? [invalid(`${path}[${i}].image`, image, 'must not have leading or trailing whitespace')] : []
  })
