// Bad values as the apiserver prints them. Validation runs on the *internal* Go types, which have
// no JSON tags, so `json.Marshal` (field.Error.ErrorBody since 1.34) writes Go field names in
// declaration order (pkg/apis/core/types.go, pkg/apis/batch/types.go of 1.34). metav1 types keep
// their camelCase tags. Sub-structures the simulator does not model are rendered best-effort.
import type { Container, LabelSelector, PodFailurePolicyRule, PodSpec, PodTemplateSpec, Volume } from '../types'
import { extra, goStruct, GoRaw } from './goFormat'

type Obj = Record<string, unknown>
const S = (fields: readonly (readonly [string, unknown])[]): GoRaw => goStruct(fields)
const nil = (v: unknown): unknown => (v === undefined ? null : v)
const list = <T>(xs: readonly T[] | undefined, f: (x: T) => unknown): unknown => (xs === undefined ? null : xs.map(f))

/** Camel-case JSON keys to Go names for sub-objects the simulator does not model field by field. */
const GO_NAME: Record<string, string> = {
  fsGroup: 'FSGroup', fsGroupChangePolicy: 'FSGroupChangePolicy', seLinuxOptions: 'SELinuxOptions', seLinuxChangePolicy: 'SELinuxChangePolicy', hostPID: 'HostPID', hostIPC: 'HostIPC', apiVersion: 'APIVersion', tty: 'TTY', ip: 'IP',
}
function loose(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(loose)
  if (v === null || typeof v !== 'object' || v instanceof GoRaw) return v
  return S(Object.entries(v as Obj).map(([k, x]) => [GO_NAME[k] ?? k.charAt(0).toUpperCase() + k.slice(1), loose(x)]))
}

/** metav1.LabelSelector (tagged, omitempty). */
export function labelSelectorValue(sel: LabelSelector | undefined): unknown {
  if (!sel) return null
  const f: [string, unknown][] = []
  if (sel.matchLabels && Object.keys(sel.matchLabels).length) f.push(['matchLabels', sel.matchLabels])
  if (sel.matchExpressions?.length) {
    f.push(['matchExpressions', sel.matchExpressions.map((e) => S([['key', e.key], ['operator', e.operator], ...(e.values?.length ? [['values', e.values] as const] : [])]))])
  }
  return S(f)
}

/** batch.SuccessPolicy. */
export const successPolicyValue = (sp: { rules: { succeededIndexes?: string; succeededCount?: number }[] } | undefined): unknown =>
  sp ? S([['Rules', list(sp.rules, (r) => S([['SucceededIndexes', nil(r.succeededIndexes)], ['SucceededCount', nil(r.succeededCount)]]))]]) : null

/** batch.PodFailurePolicy. */
export const podFailurePolicyValue = (p: { rules: PodFailurePolicyRule[] } | undefined): unknown =>
  p ? S([['Rules', list(p.rules, (r) => S([
    ['Action', r.action],
    ['OnExitCodes', r.onExitCodes ? S([['ContainerName', nil(r.onExitCodes.containerName)], ['Operator', r.onExitCodes.operator], ['Values', nil(r.onExitCodes.values)]]) : null],
    ['OnPodConditions', list(r.onPodConditions, (c) => S([['Type', c.type], ['Status', c.status ?? '']]))],
  ]))]]) : null

const VOLUME_SOURCES = ['hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'persistentVolumeClaim', 'rbd', 'quobyte', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc',
  'azureFile', 'configMap', 'vsphereVolume', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO',
  'storageos', 'csi', 'ephemeral', 'image']
const SOURCE_GO: Record<string, string> = { gcePersistentDisk: 'GCEPersistentDisk', awsElasticBlockStore: 'AWSElasticBlockStore', nfs: 'NFS', iscsi: 'ISCSI', rbd: 'RBD', cephfs: 'CephFS', downwardAPI: 'DownwardAPI', fc: 'FC', storageos: 'StorageOS', csi: 'CSI', scaleIO: 'ScaleIO' }

function volumeValue(v: Volume): GoRaw {
  const fields: [string, unknown][] = [['Name', v.name]]
  for (const k of VOLUME_SOURCES) {
    const go = SOURCE_GO[k] ?? k.charAt(0).toUpperCase() + k.slice(1)
    const src = v[k]
    if (k === 'hostPath' && v.hostPath) fields.push([go, S([['Path', v.hostPath.path], ['Type', nil(v.hostPath.type)]])])
    else if (k === 'emptyDir' && v.emptyDir) fields.push([go, S([['Medium', v.emptyDir.medium ?? ''], ['SizeLimit', nil(v.emptyDir.sizeLimit)]])])
    else fields.push([go, src === undefined ? null : loose(src)])
  }
  return S(fields)
}

function containerValue(c: Container): GoRaw {
  const res = (c.resources ?? {}) as Obj
  return S([
    ['Name', c.name], ['Image', c.image ?? ''], ['Command', nil(c.command)], ['Args', nil(c.args)], ['WorkingDir', c.workingDir ?? ''],
    ['Ports', list(c.ports, (p) => S([['Name', p.name ?? ''], ['HostPort', extra(p, 'hostPort') ?? 0], ['ContainerPort', p.containerPort], ['Protocol', p.protocol ?? ''], ['HostIP', extra(p, 'hostIP') ?? '']]))],
    ['EnvFrom', loose(nil(c['envFrom']))],
    ['Env', list(c.env, (e) => S([['Name', e.name], ['Value', e.value ?? ''], ['ValueFrom', e.valueFrom ? S([
      ['FieldRef', e.valueFrom.fieldRef ? S([['APIVersion', e.valueFrom.fieldRef.apiVersion ?? ''], ['FieldPath', e.valueFrom.fieldRef.fieldPath]]) : null],
      ['ResourceFieldRef', loose(nil(e.valueFrom['resourceFieldRef']))], ['ConfigMapKeyRef', loose(nil(e.valueFrom['configMapKeyRef']))],
      ['SecretKeyRef', loose(nil(e.valueFrom['secretKeyRef']))], ['FileKeyRef', loose(nil(e.valueFrom['fileKeyRef']))],
    ]) : null]]))],
    ['Resources', S([['Limits', nil(res['limits'])], ['Requests', nil(res['requests'])], ['Claims', loose(nil(res['claims']))]])],
    ['ResizePolicy', loose(nil(c['resizePolicy']))], ['RestartPolicy', nil(c.restartPolicy)], ['RestartPolicyRules', loose(nil(c['restartPolicyRules']))],
    ['VolumeMounts', list(c.volumeMounts, (m) => S([['Name', m.name], ['ReadOnly', m.readOnly ?? false], ['RecursiveReadOnly', nil(extra(m, 'recursiveReadOnly'))],
      ['MountPath', m.mountPath], ['SubPath', m.subPath ?? ''], ['MountPropagation', nil(extra(m, 'mountPropagation'))], ['SubPathExpr', extra(m, 'subPathExpr') ?? '']]))],
    ...['VolumeDevices', 'LivenessProbe', 'ReadinessProbe', 'StartupProbe', 'Lifecycle'].map((k) => [k, loose(nil(c[k.charAt(0).toLowerCase() + k.slice(1)]))] as const),
    ['TerminationMessagePath', c.terminationMessagePath ?? ''], ['TerminationMessagePolicy', c.terminationMessagePolicy ?? ''],
    ['ImagePullPolicy', c.imagePullPolicy ?? ''], ['SecurityContext', loose(nil(c['securityContext']))],
    ['Stdin', c['stdin'] ?? false], ['StdinOnce', c['stdinOnce'] ?? false], ['TTY', c['tty'] ?? false],
  ])
}

const SECURITY_FIELDS = ['shareProcessNamespace', 'hostUsers', 'seLinuxOptions', 'windowsOptions', 'runAsUser', 'runAsGroup',
  'runAsNonRoot', 'supplementalGroups', 'supplementalGroupsPolicy', 'fsGroup', 'fsGroupChangePolicy', 'sysctls', 'seccompProfile',
  'appArmorProfile', 'seLinuxChangePolicy']

/** core.PodSecurityContext: the v1 PodSpec's hostNetwork/hostPID/hostIPC live here internally. */
function securityValue(spec: PodSpec): unknown {
  const sc = spec.securityContext as Obj | undefined
  if (!sc) return null
  return S([['HostNetwork', spec['hostNetwork'] ?? false], ['HostPID', spec['hostPID'] ?? false], ['HostIPC', spec['hostIPC'] ?? false],
    ...SECURITY_FIELDS.map((k) => [GO_NAME[k] ?? k.charAt(0).toUpperCase() + k.slice(1), loose(nil(sc[k]))] as const)])
}

function specValue(s: PodSpec): GoRaw {
  const opaque = (k: string): unknown => loose(nil(s[k]))
  return S([
    ['Volumes', list(s.volumes, volumeValue)], ['InitContainers', list(s.initContainers, containerValue)],
    ['Containers', list(s.containers, containerValue)], ['EphemeralContainers', opaque('ephemeralContainers')],
    ['RestartPolicy', s.restartPolicy ?? ''], ['TerminationGracePeriodSeconds', nil(s.terminationGracePeriodSeconds)],
    ['ActiveDeadlineSeconds', nil(s.activeDeadlineSeconds)], ['DNSPolicy', s.dnsPolicy ?? ''], ['NodeSelector', nil(s.nodeSelector)],
    ['ServiceAccountName', s.serviceAccountName ?? ''], ['AutomountServiceAccountToken', opaque('automountServiceAccountToken')],
    ['NodeName', s.nodeName ?? ''], ['SecurityContext', securityValue(s)], ['ImagePullSecrets', opaque('imagePullSecrets')],
    ['Hostname', s.hostname ?? ''], ['Subdomain', s.subdomain ?? ''], ['SetHostnameAsFQDN', opaque('setHostnameAsFQDN')],
    ['Affinity', opaque('affinity')], ['SchedulerName', s.schedulerName ?? ''],
    ['Tolerations', list(s.tolerations, (t) => S([['Key', t.key ?? ''], ['Operator', t.operator ?? ''], ['Value', t.value ?? ''], ['Effect', t.effect ?? ''], ['TolerationSeconds', nil(t.tolerationSeconds)]]))],
    ['HostAliases', opaque('hostAliases')], ['PriorityClassName', s['priorityClassName'] ?? ''], ['Priority', nil(s.priority)],
    ['PreemptionPolicy', nil(s.preemptionPolicy)], ['DNSConfig', opaque('dnsConfig')], ['ReadinessGates', opaque('readinessGates')],
    ['RuntimeClassName', opaque('runtimeClassName')], ['Overhead', nil(s['overhead'])], ['EnableServiceLinks', nil(s.enableServiceLinks)],
    ['TopologySpreadConstraints', opaque('topologySpreadConstraints')], ['OS', opaque('os')], ['SchedulingGates', opaque('schedulingGates')],
    ['ResourceClaims', opaque('resourceClaims')], ['Resources', opaque('resources')], ['HostnameOverride', opaque('hostnameOverride')],
  ])
}

/** core.PodTemplateSpec: the embedded metav1.ObjectMeta is flattened (omitempty tags), then `Spec`. */
export function podTemplateValue(t: PodTemplateSpec): GoRaw {
  const m = (t.metadata ?? {}) as Obj
  const meta: [string, unknown][] = []
  for (const k of ['name', 'generateName', 'namespace']) if (m[k]) meta.push([k, m[k]])
  meta.push(['creationTimestamp', null])
  for (const k of ['labels', 'annotations']) if (m[k] && Object.keys(m[k] as Obj).length) meta.push([k, m[k]])
  return S([...meta, ['Spec', specValue(t.spec)]])
}

/** core.ServicePort with only protocol and port set: the key of the duplicate-port check. */
export const servicePortKeyValue = (protocol: string, port: number): GoRaw =>
  S([['Name', ''], ['Protocol', protocol], ['AppProtocol', null], ['Port', port], ['TargetPort', 0], ['NodePort', 0]])
