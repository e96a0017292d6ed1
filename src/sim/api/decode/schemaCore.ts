// core/v1 types (staging/src/k8s.io/api/core/v1/types.go, 1.34): every JSON field of the types
// a Job, Pod or Service carries, so that strict decoding only rejects what the real apiserver
// rejects. Fields the simulator does not act on are opaque (kind-checked only).
import {
  bool, i32, i64, intOrString, map, named, opaque, opaqueList, quantity, slice, str, stringMap, struct,
  type FieldType, type StructSchema,
} from './schema'
import { meta } from './schemaMeta'

/** v1.ResourceList: a named map type, so Go prints its name. */
const resourceList: FieldType = { ...map(quantity, 'v1.ResourceName'), go: 'v1.ResourceList' }

const objectFieldSelector = (): StructSchema => ({ name: 'ObjectFieldSelector', fields: { apiVersion: str, fieldPath: str } })

const envVarSource = (): StructSchema => ({
  name: 'EnvVarSource',
  fields: {
    fieldRef: struct('v1.ObjectFieldSelector', objectFieldSelector), resourceFieldRef: opaque('v1.ResourceFieldSelector'),
    configMapKeyRef: opaque('v1.ConfigMapKeySelector'), secretKeyRef: opaque('v1.SecretKeySelector'), fileKeyRef: opaque('v1.FileKeySelector'),
  },
})

const envVar = (): StructSchema => ({ name: 'EnvVar', fields: { name: str, value: str, valueFrom: struct('v1.EnvVarSource', envVarSource) } })

const containerPort = (): StructSchema => ({
  name: 'ContainerPort',
  fields: { name: str, hostPort: i32, containerPort: i32, protocol: named('v1.Protocol'), hostIP: str },
})

const volumeMount = (): StructSchema => ({
  name: 'VolumeMount',
  fields: {
    name: str, readOnly: bool, recursiveReadOnly: named('v1.RecursiveReadOnlyMode'), mountPath: str, subPath: str,
    mountPropagation: named('v1.MountPropagationMode'), subPathExpr: str,
  },
})

const resourceRequirements = (): StructSchema => ({
  name: 'ResourceRequirements',
  fields: { limits: resourceList, requests: resourceList, claims: opaqueList('v1.ResourceClaim') },
})

export const container = (): StructSchema => ({
  name: 'Container',
  fields: {
    name: str, image: str, command: slice(str), args: slice(str), workingDir: str,
    ports: slice(struct('v1.ContainerPort', containerPort)), envFrom: opaqueList('v1.EnvFromSource'),
    env: slice(struct('v1.EnvVar', envVar)), resources: struct('v1.ResourceRequirements', resourceRequirements),
    resizePolicy: opaqueList('v1.ContainerResizePolicy'), restartPolicy: named('v1.ContainerRestartPolicy'),
    restartPolicyRules: opaqueList('v1.ContainerRestartRule'), volumeMounts: slice(struct('v1.VolumeMount', volumeMount)),
    volumeDevices: opaqueList('v1.VolumeDevice'), livenessProbe: opaque('v1.Probe'), readinessProbe: opaque('v1.Probe'),
    startupProbe: opaque('v1.Probe'), lifecycle: opaque('v1.Lifecycle'), terminationMessagePath: str,
    terminationMessagePolicy: named('v1.TerminationMessagePolicy'), imagePullPolicy: named('v1.PullPolicy'),
    securityContext: opaque('v1.SecurityContext'), stdin: bool, stdinOnce: bool, tty: bool,
  },
})

const hostPath = (): StructSchema => ({ name: 'HostPathVolumeSource', fields: { path: str, type: named('v1.HostPathType') } })
const emptyDir = (): StructSchema => ({ name: 'EmptyDirVolumeSource', fields: { medium: named('v1.StorageMedium'), sizeLimit: quantity } })

/** VolumeSource is inlined in Volume, so its fields are Volume's (and errors name `Volume`). */
const OTHER_SOURCES: Record<string, string> = {
  gcePersistentDisk: 'GCEPersistentDiskVolumeSource', awsElasticBlockStore: 'AWSElasticBlockStoreVolumeSource',
  gitRepo: 'GitRepoVolumeSource', secret: 'SecretVolumeSource', nfs: 'NFSVolumeSource', iscsi: 'ISCSIVolumeSource',
  glusterfs: 'GlusterfsVolumeSource', persistentVolumeClaim: 'PersistentVolumeClaimVolumeSource', rbd: 'RBDVolumeSource',
  flexVolume: 'FlexVolumeSource', cinder: 'CinderVolumeSource', cephfs: 'CephFSVolumeSource', flocker: 'FlockerVolumeSource',
  downwardAPI: 'DownwardAPIVolumeSource', fc: 'FCVolumeSource', azureFile: 'AzureFileVolumeSource', configMap: 'ConfigMapVolumeSource',
  vsphereVolume: 'VsphereVirtualDiskVolumeSource', quobyte: 'QuobyteVolumeSource', azureDisk: 'AzureDiskVolumeSource',
  photonPersistentDisk: 'PhotonPersistentDiskVolumeSource', projected: 'ProjectedVolumeSource', portworxVolume: 'PortworxVolumeSource',
  scaleIO: 'ScaleIOVolumeSource', storageos: 'StorageOSVolumeSource', csi: 'CSIVolumeSource', ephemeral: 'EphemeralVolumeSource',
  image: 'ImageVolumeSource',
}

const volume = (): StructSchema => ({
  name: 'Volume',
  fields: {
    name: str, hostPath: struct('v1.HostPathVolumeSource', hostPath), emptyDir: struct('v1.EmptyDirVolumeSource', emptyDir),
    ...Object.fromEntries(Object.entries(OTHER_SOURCES).map(([k, go]): [string, FieldType] => [k, opaque(`v1.${go}`)])),
  },
})

const toleration = (): StructSchema => ({
  name: 'Toleration',
  fields: { key: str, operator: named('v1.TolerationOperator'), value: str, effect: named('v1.TaintEffect'), tolerationSeconds: i64 },
})

export const podSpec = (): StructSchema => ({
  name: 'PodSpec',
  fields: {
    volumes: slice(struct('v1.Volume', volume)), initContainers: slice(struct('v1.Container', container)),
    containers: slice(struct('v1.Container', container)), ephemeralContainers: opaqueList('v1.EphemeralContainer'),
    restartPolicy: named('v1.RestartPolicy'), terminationGracePeriodSeconds: i64, activeDeadlineSeconds: i64,
    dnsPolicy: named('v1.DNSPolicy'), nodeSelector: stringMap, serviceAccountName: str, serviceAccount: str,
    automountServiceAccountToken: bool, nodeName: str, hostNetwork: bool, hostPID: bool, hostIPC: bool,
    shareProcessNamespace: bool, securityContext: opaque('v1.PodSecurityContext'), imagePullSecrets: opaqueList('v1.LocalObjectReference'),
    hostname: str, subdomain: str, affinity: opaque('v1.Affinity'), schedulerName: str,
    tolerations: slice(struct('v1.Toleration', toleration)), hostAliases: opaqueList('v1.HostAlias'), priorityClassName: str,
    priority: i32, dnsConfig: opaque('v1.PodDNSConfig'), readinessGates: opaqueList('v1.PodReadinessGate'), runtimeClassName: str,
    enableServiceLinks: bool, preemptionPolicy: named('v1.PreemptionPolicy'), overhead: resourceList,
    topologySpreadConstraints: opaqueList('v1.TopologySpreadConstraint'), setHostnameAsFQDN: bool, os: opaque('v1.PodOS'),
    hostUsers: bool, schedulingGates: opaqueList('v1.PodSchedulingGate'), resourceClaims: opaqueList('v1.PodResourceClaim'),
    resources: struct('v1.ResourceRequirements', resourceRequirements), hostnameOverride: str,
  },
})

export const podTemplateSpec = (): StructSchema => ({
  name: 'PodTemplateSpec',
  fields: { metadata: meta, spec: struct('v1.PodSpec', podSpec) },
  zero: ['spec'],
})

export const pod = (): StructSchema => ({
  name: 'Pod',
  fields: { apiVersion: str, kind: str, metadata: meta, spec: struct('v1.PodSpec', podSpec), status: opaque('v1.PodStatus') },
  zero: ['metadata', 'spec'],
})

const servicePort = (): StructSchema => ({
  name: 'ServicePort',
  fields: { name: str, protocol: named('v1.Protocol'), appProtocol: str, port: i32, targetPort: intOrString, nodePort: i32 },
})

const serviceSpec = (): StructSchema => ({
  name: 'ServiceSpec',
  fields: {
    ports: slice(struct('v1.ServicePort', servicePort)), selector: stringMap, clusterIP: str, clusterIPs: slice(str),
    type: named('v1.ServiceType'), externalIPs: slice(str), sessionAffinity: named('v1.ServiceAffinity'), loadBalancerIP: str,
    loadBalancerSourceRanges: slice(str), externalName: str, externalTrafficPolicy: named('v1.ServiceExternalTrafficPolicy'),
    healthCheckNodePort: i32, publishNotReadyAddresses: bool, sessionAffinityConfig: opaque('v1.SessionAffinityConfig'),
    ipFamilies: slice(named('v1.IPFamily')), ipFamilyPolicy: named('v1.IPFamilyPolicy'), allocateLoadBalancerNodePorts: bool,
    loadBalancerClass: str, internalTrafficPolicy: named('v1.ServiceInternalTrafficPolicy'), trafficDistribution: str,
  },
})

export const service = (): StructSchema => ({
  name: 'Service',
  fields: { apiVersion: str, kind: str, metadata: meta, spec: struct('v1.ServiceSpec', serviceSpec), status: opaque('v1.ServiceStatus') },
  zero: ['metadata', 'spec'],
})

