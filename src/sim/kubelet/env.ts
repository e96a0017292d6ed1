// A container's environment, as the kubelet builds it (`kubelet_pods.go makeEnvironmentVariables`):
// service links for the namespace's Services, then the container's own `env` in order, each
// value `$(VAR)`-expanded against what came before; and Kubernetes' own `$(VAR)` expansion of
// `command`/`args` (`third_party/forked/golang/expansion`), which runs before any shell.
import type { Container, EnvVar, Pod, Service } from '../api/types'

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** Replaces `$(NAME)` with known values, leaves unknown references as they are, and turns `$$` into `$`. */
export function expandReferences(text: string, vars: ReadonlyMap<string, string>): string {
  // Only `$$` and `$(` change anything; `$HOSTNAME` in a shell command is left for the shell.
  if (!text.includes('$$') && !text.includes('$(')) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch !== '$' || i + 1 >= text.length) {
      out += ch
      continue
    }
    const next = text[i + 1]
    if (next === '$') {
      out += '$'
      i++
    } else if (next === '(') {
      const close = text.indexOf(')', i + 2)
      if (close < 0) {
        out += text.slice(i)
        break
      }
      const name = text.slice(i + 2, close)
      out += vars.has(name) ? vars.get(name)! : `$(${name})`
      i = close
    } else out += ch
  }
  return out
}

/** Resolves a downward-API `fieldRef` against the pod (`podFieldSelectorRuntimeValue`). */
export function fieldRefValue(pod: Pod, fieldPath: string): string {
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(fieldPath)
  if (m) return (m[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[m[2]!] ?? ''
  switch (fieldPath) {
    case 'metadata.name': return pod.metadata.name
    case 'metadata.namespace': return pod.metadata.namespace ?? 'default'
    case 'metadata.uid': return pod.metadata.uid
    case 'spec.nodeName': return pod.spec.nodeName ?? ''
    case 'spec.serviceAccountName': return pod.spec.serviceAccountName ?? 'default'
    case 'status.hostIP': case 'status.hostIPs': return pod.status.hostIP ?? ''
    case 'status.podIP': case 'status.podIPs': return pod.status.podIP ?? ''
    default: return ''
  }
}

const linkCache = new WeakMap<Service, { rv: string; links: [string, string][] }>()

/** `FOO_BAR_SERVICE_HOST` … for one Service with a cluster IP (`envvars.FromServices`), cached per version. */
function serviceLinks(svc: Service): [string, string][] {
  const hit = linkCache.get(svc)
  if (hit && hit.rv === svc.metadata.resourceVersion) return hit.links
  const links = computeServiceLinks(svc)
  linkCache.set(svc, { rv: svc.metadata.resourceVersion, links })
  return links
}

function computeServiceLinks(svc: Service): [string, string][] {
  const ip = svc.spec.clusterIP
  if (!ip || ip === 'None') return []
  const name = svc.metadata.name.toUpperCase().replace(/-/g, '_')
  const ports = svc.spec.ports ?? []
  const first = ports[0]
  if (!first) return []
  const out: [string, string][] = [[`${name}_SERVICE_HOST`, ip], [`${name}_SERVICE_PORT`, String(first.port)]]
  for (const p of ports) if (p.name) out.push([`${name}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, '_')}`, String(p.port)])
  const proto = (first.protocol ?? 'TCP').toLowerCase()
  out.push([`${name}_PORT`, `${proto}://${ip}:${first.port}`])
  for (const p of ports) {
    const pr = (p.protocol ?? 'TCP')
    const prefix = `${name}_PORT_${p.port}_${pr}`
    out.push([prefix, `${pr.toLowerCase()}://${ip}:${p.port}`], [`${prefix}_PROTO`, pr.toLowerCase()], [`${prefix}_PORT`, String(p.port)], [`${prefix}_ADDR`, ip])
  }
  return out
}

function envValue(pod: Pod, e: EnvVar, vars: ReadonlyMap<string, string>): string {
  if (e.value !== undefined) return expandReferences(e.value, vars)
  const ref = e.valueFrom?.fieldRef
  return ref ? fieldRefValue(pod, ref.fieldPath) : ''
}

/**
 * The environment a container process sees: runtime basics, service links (when
 * `enableServiceLinks`, the default), then the container's `env` list.
 */
export function containerEnv(pod: Pod, c: Container, services: readonly Service[], hostname: string): Map<string, string> {
  const links = pod.spec.enableServiceLinks === false ? services.filter((s) => s.metadata.name === 'kubernetes') : services
  const env = new Map<string, string>([['PATH', DEFAULT_PATH], ['HOSTNAME', hostname], ['HOME', '/root']])
  if (!c.env?.length) {
    // Nothing to expand against: the links go straight in (what the general case gives too).
    for (const s of links) for (const [k, v] of serviceLinks(s)) env.set(k, v)
    return env
  }
  const vars = new Map<string, string>()
  for (const s of links) for (const [k, v] of serviceLinks(s)) vars.set(k, v)
  for (const e of c.env) vars.set(e.name, envValue(pod, e, vars))
  for (const [k, v] of vars) env.set(k, v)
  return env
}

/** The argv the runtime starts: `command` (or the image's entrypoint) + `args`, `$(VAR)`-expanded. */
export function containerArgv(c: Container, env: ReadonlyMap<string, string>): string[] {
  const argv = [...(c.command ?? []), ...(c.args ?? [])].map((a) => expandReferences(a, env))
  // busybox's image CMD is `sh`; with args but no command the args replace CMD.
  if (!c.command && !c.args) return ['sh']
  return argv
}
