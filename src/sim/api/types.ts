// The Kubernetes objects the simulated cluster stores, as plain data shaped like the real API
// (core/v1 Pod, Service, Event, Node; batch/v1 Job). Times are simulated milliseconds since the
// scenario started (`SimMillis` values stored as numbers so objects stay plain JSON); printers
// turn them into wall-clock text with the session's start time.

export type Ms = number

export interface OwnerReference {
  apiVersion: string
  kind: string
  name: string
  uid: string
  controller?: boolean
  blockOwnerDeletion?: boolean
}

export interface ObjectMeta {
  name: string
  generateName?: string
  namespace?: string
  uid: string
  resourceVersion: string
  generation?: number
  creationTimestamp: Ms
  deletionTimestamp?: Ms
  deletionGracePeriodSeconds?: number
  labels?: Record<string, string>
  annotations?: Record<string, string>
  ownerReferences?: OwnerReference[]
  finalizers?: string[]
}

export interface LabelSelector {
  matchLabels?: Record<string, string>
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[]
}

// ---------------------------------------------------------------------------------------------
// core/v1 Pod

export interface ObjectFieldSelector {
  apiVersion?: string
  fieldPath: string
}

export interface EnvVar {
  name: string
  value?: string
  valueFrom?: { fieldRef?: ObjectFieldSelector; [other: string]: unknown }
}

export interface VolumeMount {
  name: string
  mountPath: string
  readOnly?: boolean
  subPath?: string
}

export interface Container {
  name: string
  image: string
  command?: string[]
  args?: string[]
  workingDir?: string
  env?: EnvVar[]
  volumeMounts?: VolumeMount[]
  imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never'
  ports?: { name?: string; containerPort: number; protocol?: string }[]
  restartPolicy?: 'Always'
  terminationMessagePath?: string
  terminationMessagePolicy?: string
  resources?: Record<string, unknown>
  [other: string]: unknown
}

export interface Volume {
  name: string
  hostPath?: { path: string; type?: string }
  emptyDir?: { medium?: string; sizeLimit?: string }
  [other: string]: unknown
}

export interface PodSpec {
  volumes?: Volume[]
  initContainers?: Container[]
  containers: Container[]
  restartPolicy?: 'Always' | 'OnFailure' | 'Never'
  terminationGracePeriodSeconds?: number
  activeDeadlineSeconds?: number
  dnsPolicy?: string
  nodeName?: string
  nodeSelector?: Record<string, string>
  serviceAccountName?: string
  hostname?: string
  subdomain?: string
  schedulerName?: string
  securityContext?: Record<string, unknown>
  tolerations?: { key?: string; operator?: string; value?: string; effect?: string; tolerationSeconds?: number }[]
  priority?: number
  enableServiceLinks?: boolean
  preemptionPolicy?: string
  [other: string]: unknown
}

export interface PodTemplateSpec {
  metadata?: { name?: string; labels?: Record<string, string>; annotations?: Record<string, string>; [other: string]: unknown }
  spec: PodSpec
}

export interface ContainerStateWaiting {
  reason: string
  message?: string
}
export interface ContainerStateRunning {
  startedAt: Ms
}
export interface ContainerStateTerminated {
  exitCode: number
  signal?: number
  reason?: string
  message?: string
  startedAt: Ms
  finishedAt: Ms
  containerID?: string
}
export interface ContainerState {
  waiting?: ContainerStateWaiting
  running?: ContainerStateRunning
  terminated?: ContainerStateTerminated
}

export interface ContainerStatus {
  name: string
  state: ContainerState
  lastState: ContainerState
  ready: boolean
  started?: boolean
  restartCount: number
  image: string
  imageID: string
  containerID?: string
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown'

export type PodConditionType = 'PodReadyToStartContainers' | 'Initialized' | 'Ready' | 'ContainersReady' | 'PodScheduled' | 'DisruptionTarget'

export interface PodCondition {
  type: PodConditionType
  status: 'True' | 'False'
  lastTransitionTime: Ms
  reason?: string
  message?: string
}

export interface PodStatus {
  phase: PodPhase
  conditions?: PodCondition[]
  hostIP?: string
  podIP?: string
  startTime?: Ms
  initContainerStatuses?: ContainerStatus[]
  containerStatuses?: ContainerStatus[]
  qosClass?: string
  reason?: string
  message?: string
}

export interface Pod {
  apiVersion: 'v1'
  kind: 'Pod'
  metadata: ObjectMeta
  spec: PodSpec
  status: PodStatus
}

// ---------------------------------------------------------------------------------------------
// batch/v1 Job

export type JobConditionType = 'Complete' | 'Failed' | 'Suspended' | 'FailureTarget' | 'SuccessCriteriaMet'

export interface JobCondition {
  type: JobConditionType
  status: 'True' | 'False'
  lastProbeTime: Ms
  lastTransitionTime: Ms
  reason?: string
  message?: string
}

export interface PodFailurePolicyRule {
  action: 'FailJob' | 'Ignore' | 'Count' | 'FailIndex'
  onExitCodes?: { containerName?: string; operator: 'In' | 'NotIn'; values: number[] }
  onPodConditions?: { type: string; status?: string }[]
}

export interface JobSpec {
  parallelism?: number
  completions?: number | null
  activeDeadlineSeconds?: number
  backoffLimit?: number
  backoffLimitPerIndex?: number
  maxFailedIndexes?: number
  selector?: LabelSelector
  manualSelector?: boolean
  template: PodTemplateSpec
  ttlSecondsAfterFinished?: number
  completionMode?: 'NonIndexed' | 'Indexed'
  suspend?: boolean
  podReplacementPolicy?: 'TerminatingOrFailed' | 'Failed'
  podFailurePolicy?: { rules: PodFailurePolicyRule[] }
  successPolicy?: { rules: { succeededIndexes?: string; succeededCount?: number }[] }
  managedBy?: string
}

export interface JobStatus {
  conditions?: JobCondition[]
  startTime?: Ms
  completionTime?: Ms
  active?: number
  succeeded?: number
  failed?: number
  terminating?: number
  ready?: number
  completedIndexes?: string
  failedIndexes?: string
  uncountedTerminatedPods?: { succeeded?: string[]; failed?: string[] }
}

export interface Job {
  apiVersion: 'batch/v1'
  kind: 'Job'
  metadata: ObjectMeta
  spec: JobSpec
  status: JobStatus
}

// ---------------------------------------------------------------------------------------------
// batch/v1 CronJob

export interface ObjectReference {
  apiVersion?: string
  kind?: string
  name: string
  namespace?: string
  uid?: string
  resourceVersion?: string
}

export interface JobTemplateSpec {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string>; [other: string]: unknown }
  spec: JobSpec
}

export interface CronJobSpec {
  schedule: string
  timeZone?: string
  startingDeadlineSeconds?: number
  concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace'
  suspend?: boolean
  jobTemplate: JobTemplateSpec
  successfulJobsHistoryLimit?: number
  failedJobsHistoryLimit?: number
}

export interface CronJobStatus {
  active?: ObjectReference[]
  lastScheduleTime?: Ms
  lastSuccessfulTime?: Ms
}

export interface CronJob {
  apiVersion: 'batch/v1'
  kind: 'CronJob'
  metadata: ObjectMeta
  spec: CronJobSpec
  status: CronJobStatus
}

// ---------------------------------------------------------------------------------------------
// core/v1 Service, Event, Node, Namespace

export interface ServicePort {
  name?: string
  port: number
  targetPort?: number | string
  protocol?: string
  nodePort?: number
}

export interface Service {
  apiVersion: 'v1'
  kind: 'Service'
  metadata: ObjectMeta
  spec: {
    type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName'
    clusterIP?: string
    clusterIPs?: string[]
    selector?: Record<string, string>
    ports?: ServicePort[]
    publishNotReadyAddresses?: boolean
    sessionAffinity?: string
    externalName?: string
    [other: string]: unknown
  }
  status: Record<string, unknown>
}

export interface KEvent {
  apiVersion: 'v1'
  kind: 'Event'
  metadata: ObjectMeta
  involvedObject: { apiVersion: string; kind: string; name: string; namespace: string; uid: string; fieldPath?: string }
  reason: string
  message: string
  type: 'Normal' | 'Warning'
  source: { component: string; host?: string }
  firstTimestamp: Ms
  lastTimestamp: Ms
  count: number
}

export interface NodeObject {
  apiVersion: 'v1'
  kind: 'Node'
  metadata: ObjectMeta
  /** `unschedulable` is what `kubectl cordon` sets; the scheduler then places no new pod here. */
  spec?: { unschedulable?: boolean; taints?: Taint[]; podCIDR?: string; podCIDRs?: string[]; providerID?: string }
  status: {
    addresses: { type: string; address: string }[]
    conditions?: NodeCondition[]
    nodeInfo?: NodeSystemInfo
    /** `cpu`, `memory`, `pods`, … as quantities (`kubectl describe node` Capacity / Allocatable). */
    capacity?: Record<string, string>
    allocatable?: Record<string, string>
  }
}

export interface Taint {
  key: string
  value?: string
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute'
  timeAdded?: Ms
}

export interface NodeCondition {
  type: string
  status: string
  lastHeartbeatTime?: Ms
  lastTransitionTime?: Ms
  reason?: string
  message?: string
}

export interface NodeSystemInfo {
  kubeletVersion: string
  osImage?: string
  kernelVersion?: string
  containerRuntimeVersion?: string
  machineID?: string
  systemUUID?: string
  bootID?: string
  kubeProxyVersion?: string
  operatingSystem?: string
  architecture?: string
}

export interface Namespace {
  apiVersion: 'v1'
  kind: 'Namespace'
  metadata: ObjectMeta
  status: { phase: 'Active' | 'Terminating' }
}

// ---------------------------------------------------------------------------------------------
// apps/v1 DaemonSet (only kube-system's own: kindnet and kube-proxy, see sim/system/kubeSystem.ts)

export interface DaemonSet {
  apiVersion: 'apps/v1'
  kind: 'DaemonSet'
  metadata: ObjectMeta
  spec: { selector: LabelSelector; template: PodTemplateSpec }
  status: { currentNumberScheduled: number; desiredNumberScheduled: number; numberReady: number; updatedNumberScheduled: number; numberAvailable: number; numberMisscheduled: number }
}

// ---------------------------------------------------------------------------------------------
// core/v1 PersistentVolumeClaim, PersistentVolume; storage.k8s.io/v1 StorageClass

export type AccessMode = 'ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod'

export interface PersistentVolumeClaim {
  apiVersion: 'v1'
  kind: 'PersistentVolumeClaim'
  metadata: ObjectMeta
  spec: {
    accessModes?: AccessMode[]
    resources?: { requests?: Record<string, string> }
    storageClassName?: string
    volumeName?: string
    volumeMode?: string
    [other: string]: unknown
  }
  status: { phase?: 'Pending' | 'Bound' | 'Lost'; accessModes?: AccessMode[]; capacity?: Record<string, string> }
}

export interface PersistentVolume {
  apiVersion: 'v1'
  kind: 'PersistentVolume'
  metadata: ObjectMeta
  spec: {
    accessModes: AccessMode[]
    capacity: Record<string, string>
    claimRef?: ObjectReference
    storageClassName: string
    persistentVolumeReclaimPolicy: 'Delete' | 'Retain'
    volumeMode: string
    hostPath?: { path: string; type?: string }
    nfs?: { server: string; path: string }
    /** The node a local volume lives on (`nodeAffinity.required` on kubernetes.io/hostname). */
    nodeAffinity?: { required: { nodeSelectorTerms: { matchExpressions: { key: string; operator: 'In'; values: string[] }[] }[] } }
  }
  status: { phase: 'Available' | 'Bound' | 'Released' }
}

export interface StorageClass {
  apiVersion: 'storage.k8s.io/v1'
  kind: 'StorageClass'
  metadata: ObjectMeta
  provisioner: string
  reclaimPolicy: 'Delete' | 'Retain'
  volumeBindingMode: 'Immediate' | 'WaitForFirstConsumer'
  allowVolumeExpansion?: boolean
}

export type KubeObject = Job | CronJob | Pod | Service | KEvent | NodeObject | Namespace | DaemonSet | PersistentVolumeClaim | PersistentVolume | StorageClass
export type Kind = KubeObject['kind']

/** Kind → object type. */
export interface KindMap {
  Job: Job
  CronJob: CronJob
  Pod: Pod
  Service: Service
  Event: KEvent
  Node: NodeObject
  Namespace: Namespace
  DaemonSet: DaemonSet
  PersistentVolumeClaim: PersistentVolumeClaim
  PersistentVolume: PersistentVolume
  StorageClass: StorageClass
}
