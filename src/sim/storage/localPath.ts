// kind's storage: the default StorageClass `standard`, served by rancher's local-path-provisioner
// (`rancher.io/local-path`, volumeBindingMode WaitForFirstConsumer, reclaimPolicy Delete), and
// the parts of the PersistentVolume controller a claim on it goes through:
//  1. a new claim waits: event WaitForFirstConsumer "waiting for first consumer to be created
//     before binding" (pv_controller.go), phase Pending;
//  2. the scheduler picks a node for the first pod that uses it and writes it on the claim
//     (`volume.kubernetes.io/selected-node`, volumeBinding.ts);
//  3. the PV controller hands the claim to the external provisioner (event ExternalProvisioning);
//     the provisioner announces it (Provisioning), runs a helper pod on that node that makes the
//     directory `/var/local-path-provisioner/pvc-<uid>_<ns>_<claim>`, and creates a
//     PersistentVolume `pvc-<claim uid>` pinned to the node (ProvisioningSucceeded);
//  4. the PV controller binds claim and volume (both Bound).
// The volume is a directory of that node: every pod using the claim is scheduled there (the
// volume's node affinity) and sees the same files; a pod on another node never could.
import type { ApiServer } from '../api/apiServer'
import type { EventRecorder } from '../api/eventRecorder'
import type { KubeObject, PersistentVolume, PersistentVolumeClaim, StorageClass } from '../api/types'
import { DEFAULT_STORAGE_CLASS } from '../api/validation/pvc'
import type { Kernel } from '../kernel/kernel'
import type { Rng } from '../kernel/rng'

export const LOCAL_PATH_PROVISIONER = 'rancher.io/local-path'
export const LOCAL_PATH_ROOT = '/var/local-path-provisioner'
export const SELECTED_NODE = 'volume.kubernetes.io/selected-node'
const PV_CONTROLLER = 'persistentvolume-controller'
/** The helper pod that makes the directory: scheduled, pulled (busybox is cached), run, deleted. */
const HELPER_POD_MS: [number, number] = [2500, 4500]
/** The provisioner's claim informer and the PV controller's reaction to the new volume. */
const REACT_MS: [number, number] = [20, 120]

export const waitForFirstConsumerText = 'waiting for first consumer to be created before binding'
export const externalProvisioningText = (provisioner: string) =>
  `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that your external provisioner is running and correctly registered.`

/** The directory on the node a local-path volume lives in. */
export const localPathDir = (pvName: string, pvc: PersistentVolumeClaim) => `${LOCAL_PATH_ROOT}/${pvName}_${pvc.metadata.namespace ?? 'default'}_${pvc.metadata.name}`

export class LocalPathStorage {
  /** The provisioner's identity as its events name it: `rancher.io/local-path_<pod>_<uuid>`. */
  readonly source: string
  private readonly provisioning = new Set<string>()

  constructor(private readonly api: ApiServer, private readonly kernel: Kernel, private readonly events: EventRecorder, private readonly rng: Rng) {
    const pod = `local-path-provisioner-${rng.chars('bcdfghjklmnpqrstvwxz2456789', 10)}-${rng.chars('bcdfghjklmnpqrstvwxz2456789', 5)}`
    this.source = `${LOCAL_PATH_PROVISIONER}_${pod}_${rng.uuid()}`
    const sc: StorageClass = {
      apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
      metadata: { name: DEFAULT_STORAGE_CLASS, uid: rng.uuid(), resourceVersion: '280', creationTimestamp: 0, annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
      provisioner: LOCAL_PATH_PROVISIONER, reclaimPolicy: 'Delete', volumeBindingMode: 'WaitForFirstConsumer',
    }
    api.seed(sc)
    api.watch((type, obj) => this.onChange(type, obj))
  }

  private draw([lo, hi]: [number, number]): number {
    return this.rng.between(lo, hi)
  }

  /** The class of a claim, if this cluster has it. */
  classOf(pvc: PersistentVolumeClaim): StorageClass | undefined {
    return pvc.spec.storageClassName ? this.api.get('StorageClass', pvc.spec.storageClassName) : undefined
  }

  private onChange(type: string, obj: KubeObject): void {
    if (obj.kind !== 'PersistentVolumeClaim' || type === 'DELETED' || obj.spec.volumeName) return
    const sc = this.classOf(obj)
    if (type === 'ADDED' && sc?.volumeBindingMode === 'WaitForFirstConsumer') {
      this.events.record(obj, 'Normal', 'WaitForFirstConsumer', waitForFirstConsumerText, PV_CONTROLLER)
    }
    const node = obj.metadata.annotations?.[SELECTED_NODE]
    if (node && sc?.provisioner === LOCAL_PATH_PROVISIONER && !this.provisioning.has(obj.metadata.uid)) this.provision(obj, node, sc)
  }

  private provision(pvc: PersistentVolumeClaim, node: string, sc: StorageClass): void {
    this.provisioning.add(pvc.metadata.uid)
    const ns = pvc.metadata.namespace ?? 'default'
    // The PV controller names the provisioner on the claim, then waits for it.
    pvc.metadata.annotations = { ...pvc.metadata.annotations, 'volume.beta.kubernetes.io/storage-provisioner': LOCAL_PATH_PROVISIONER, 'volume.kubernetes.io/storage-provisioner': LOCAL_PATH_PROVISIONER }
    this.api.commit(pvc)
    this.events.record(pvc, 'Normal', 'ExternalProvisioning', externalProvisioningText(LOCAL_PATH_PROVISIONER), PV_CONTROLLER)
    this.kernel.after(this.draw(REACT_MS), () => {
      this.events.record(pvc, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${ns}/${pvc.metadata.name}"`, this.source)
      this.kernel.after(this.draw(HELPER_POD_MS), () => {
        if (this.api.get('PersistentVolumeClaim', pvc.metadata.name, ns)?.metadata.uid !== pvc.metadata.uid) return
        const pv = this.volumeFor(pvc, node, sc)
        const created = this.api.create(pv, { admit: false })
        if (!created.ok) return
        this.events.record(pvc, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${pv.metadata.name}`, this.source)
        this.kernel.after(this.draw(REACT_MS), () => this.bind(pvc, created.value))
      })
    })
  }

  private volumeFor(pvc: PersistentVolumeClaim, node: string, sc: StorageClass): PersistentVolume {
    const name = `pvc-${pvc.metadata.uid}`
    return {
      apiVersion: 'v1', kind: 'PersistentVolume',
      metadata: {
        name, uid: '', resourceVersion: '', creationTimestamp: 0,
        annotations: { 'local.path.provisioner/selected-node': node, 'pv.kubernetes.io/provisioned-by': LOCAL_PATH_PROVISIONER },
        finalizers: ['kubernetes.io/pv-protection'],
      },
      spec: {
        accessModes: [...(pvc.spec.accessModes ?? [])],
        capacity: { storage: pvc.spec.resources?.requests?.storage ?? '' },
        claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: pvc.metadata.name, namespace: pvc.metadata.namespace ?? 'default', uid: pvc.metadata.uid, resourceVersion: pvc.metadata.resourceVersion },
        hostPath: { path: localPathDir(name, pvc), type: 'DirectoryOrCreate' },
        nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } },
        persistentVolumeReclaimPolicy: sc.reclaimPolicy, storageClassName: sc.metadata.name, volumeMode: 'Filesystem',
      },
      status: { phase: 'Available' },
    }
  }

  /** `bindVolumeToClaim` then `bindClaimToVolume`: the volume first, then the claim, both Bound. */
  private bind(pvc: PersistentVolumeClaim, pv: PersistentVolume): void {
    pv.metadata.annotations = { ...pv.metadata.annotations, 'pv.kubernetes.io/bound-by-controller': 'yes' }
    pv.status = { phase: 'Bound' }
    this.api.commit(pv)
    pvc.spec = { ...pvc.spec, volumeName: pv.metadata.name }
    pvc.metadata.annotations = { ...pvc.metadata.annotations, 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' }
    pvc.status = { phase: 'Bound', accessModes: [...pv.spec.accessModes], capacity: { ...pv.spec.capacity } }
    this.api.commit(pvc)
  }
}
