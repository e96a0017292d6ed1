// describe.go `describeContainerProbe`, `describeContainerEnvFrom`, `describeContainerEnvVars` and
// `describeContainerVolumes`.
import type { Container, EnvVar, Pod } from '../../../sim/api/types'
import { byString } from '../../../sim/api/printers'
import { LEVEL_2, LEVEL_3, type PrefixWriter } from './prefixWriter'

/** `EnvVarResolverFunc`: the value of a fieldRef env var for a pod (templates have none). */
export type EnvResolver = (e: EnvVar) => string

const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {})
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')
const num = (v: unknown, dflt: number): number => (typeof v === 'number' ? v : dflt)

/**
 * `EnvValueRetriever`: kubectl converts the field path with its own scheme, which only knows the
 * default field labels `metadata.name` and `metadata.namespace`; every other path (labels,
 * annotations, spec.nodeName, status.podIP, …) prints an empty value (kubernetes/kubectl#1303).
 */
export function envValueRetriever(pod: Pod): EnvResolver {
  return (e) => {
    const path = e.valueFrom?.fieldRef?.fieldPath
    if (path === 'metadata.name') return pod.metadata.name
    if (path === 'metadata.namespace') return pod.metadata.namespace ?? ''
    return ''
  }
}

/** `DescribeProbe`; missing numbers take the API defaults (timeout 1, period 10, 1/3 thresholds). */
function probeText(p: Record<string, unknown>): string {
  const attrs = `delay=${num(p['initialDelaySeconds'], 0)}s timeout=${num(p['timeoutSeconds'], 1)}s period=${num(p['periodSeconds'], 10)}s #success=${num(p['successThreshold'], 1)} #failure=${num(p['failureThreshold'], 3)}`
  const exec = rec(p['exec'])
  if (p['exec'] !== undefined) return `exec [${(Array.isArray(exec['command']) ? exec['command'] : []).map(str).join(' ')}] ${attrs}`
  if (p['httpGet'] !== undefined) {
    const h = rec(p['httpGet'])
    const port = str(h['port'])
    const host = port ? `${str(h['host'])}:${port}` : str(h['host'])
    return `http-get ${str(h['scheme'] || 'HTTP').toLowerCase()}://${host}${str(h['path'])} ${attrs}`
  }
  if (p['tcpSocket'] !== undefined) {
    const t = rec(p['tcpSocket'])
    return `tcp-socket ${str(t['host'])}:${str(t['port'])} ${attrs}`
  }
  if (p['grpc'] !== undefined) {
    const g = rec(p['grpc'])
    return `grpc <pod>:${str(g['port'])} ${str(g['service'])} ${attrs}`
  }
  return `unknown ${attrs}`
}

export function describeContainerProbes(c: Container, w: PrefixWriter): void {
  for (const [title, key] of [['Liveness', 'livenessProbe'], ['Readiness', 'readinessProbe'], ['Startup', 'startupProbe']] as const) {
    if (c[key] !== undefined && c[key] !== null) w.write(LEVEL_2, `${title}:\t${probeText(rec(c[key]))}\n`)
  }
}

export function describeContainerEnvFrom(c: Container, w: PrefixWriter): void {
  w.write(LEVEL_2, 'Environment Variables from:\n')
  for (const e of Array.isArray(c['envFrom']) ? c['envFrom'] : []) {
    const r = rec(e)
    const ref = r['configMapRef'] !== undefined ? rec(r['configMapRef']) : rec(r['secretRef'])
    const from = r['configMapRef'] !== undefined ? 'ConfigMap' : r['secretRef'] !== undefined ? 'Secret' : ''
    const optional = ref['optional'] === true
    const prefix = str(r['prefix'])
    w.write(LEVEL_3, prefix ? `${str(ref['name'])}\t${from} with prefix '${prefix}'\tOptional: ${optional}\n` : `${str(ref['name'])}\t${from}\tOptional: ${optional}\n`)
  }
}

/**
 * `Environment:` lines. A fieldRef prints `NAME:  <value> (v1:<path>)`; in a pod template there is
 * no resolver, so the value is empty (`NAME:   (v1:<path>)`). The apiserver defaults the fieldRef's
 * apiVersion to v1.
 */
export function describeContainerEnvVars(c: Container, resolve: EnvResolver | undefined, w: PrefixWriter): void {
  const env = c.env ?? []
  w.write(LEVEL_2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`)
  for (const e of env) {
    if (!e.valueFrom) {
      ;(e.value ?? '').split('\n').forEach((s, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`))
      continue
    }
    const vf = e.valueFrom
    const fieldRef = vf.fieldRef
    if (fieldRef) {
      w.write(LEVEL_3, `${e.name}:\t${resolve ? resolve(e) : ''} (${fieldRef.apiVersion ?? 'v1'}:${fieldRef.fieldPath})\n`)
    } else if (vf['resourceFieldRef'] !== undefined) {
      w.write(LEVEL_3, `${e.name}:\t (${str(rec(vf['resourceFieldRef'])['resource'])})\n`)
    } else if (vf['secretKeyRef'] !== undefined) {
      const r = rec(vf['secretKeyRef'])
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${str(r['key'])}' in secret '${str(r['name'])}'>\tOptional: ${r['optional'] === true}\n`)
    } else if (vf['configMapKeyRef'] !== undefined) {
      const r = rec(vf['configMapKeyRef'])
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${str(r['key'])}' of config map '${str(r['name'])}'>\tOptional: ${r['optional'] === true}\n`)
    }
  }
}

/** `Mounts:`: `/data from local-storage (rw)`, sorted by mount path. */
export function describeContainerVolumes(c: Container, w: PrefixWriter): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => byString(a.mountPath, b.mountPath))
  w.write(LEVEL_2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`)
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])]
    w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`)
  }
}
