// What a kind cluster runs in kube-system on every node before the learner types anything: the
// DaemonSets `kindnet` (the CNI) and `kube-proxy`, one Running pod of each per node (kind's
// `kindnetd` manifest and kubeadm's kube-proxy addon). They are there so `kubectl drain` refuses
// without `--ignore-daemonsets`, `kubectl get pods -A` lists them and `kubectl describe node`
// counts them, as on a real cluster.
//
// Decisions (docs/ARCHITECTURE.md "kube-system"):
// - Their names, UIDs and resource versions come from a stream of their own (`rng.fork`), and
//   they are stored with `api.seed`, so adding them changes no existing trace.
// - They are not the learner's workload: no kubelet pod worker runs them, and they make no pod
//   rows in the trace (`isSystemPod`). Both are host-network pods, so their IP is the node's.
// - A deleted one is replaced as the DaemonSet controller would: the old pod goes once its
//   containers stop (SYSTEM_POD_STOP_MS), and a new Running pod with a new name takes its place.
// - The control-plane pods (etcd, kube-apiserver, coredns, …) live on kind's control-plane node,
//   which this cluster does not model; the nodes here are the workers.
import type { ApiServer } from '../api/apiServer'
import type { DaemonSet, KubeObject, NodeObject, Pod } from '../api/types'
import type { Kernel } from '../kernel/kernel'
import type { Rng } from '../kernel/rng'
import { NAME_ALPHABET } from '../api/apiServer'

export const KUBE_SYSTEM = 'kube-system'
/** kind v0.30's CNI image and the kube-proxy of the cluster's version. */
export const KINDNET_IMAGE = 'docker.io/kindest/kindnetd:v20250512-df8de77b'
export const KUBE_PROXY_IMAGE = 'registry.k8s.io/kube-proxy:v1.34.1'
/** How long a system pod's containers take to stop after a delete (both exit on SIGTERM at once). */
export const SYSTEM_POD_STOP_MS = 1000

/** kube-system's pods are the cluster's, not the learner's: no pod worker, no trace row. */
export const isSystemPod = (p: Pod): boolean => p.metadata.namespace === KUBE_SYSTEM

interface DaemonSpec {
  name: string
  labels: Record<string, string>
  container: string
  image: string
  /** kindnet asks for 100m CPU / 50Mi and is limited to the same; kube-proxy asks for nothing. */
  resources?: { requests: Record<string, string>; limits: Record<string, string> }
  nodeSelector?: Record<string, string>
}

const DAEMONS: DaemonSpec[] = [
  {
    name: 'kindnet', labels: { app: 'kindnet', 'k8s-app': 'kindnet', tier: 'node' }, container: 'kindnet-cni', image: KINDNET_IMAGE,
    resources: { requests: { cpu: '100m', memory: '50Mi' }, limits: { cpu: '100m', memory: '50Mi' } },
  },
  { name: 'kube-proxy', labels: { 'k8s-app': 'kube-proxy' }, container: 'kube-proxy', image: KUBE_PROXY_IMAGE, nodeSelector: { 'kubernetes.io/os': 'linux' } },
]

const meta = (name: string, uid: string, rv: number, at: number) => ({ name, namespace: KUBE_SYSTEM, uid, resourceVersion: String(rv), creationTimestamp: at })

export class KubeSystem {
  /** Below the API server's counter (1000): these objects predate the scenario's own. */
  private rv = 300

  constructor(
    private readonly api: ApiServer,
    private readonly kernel: Kernel,
    private readonly rng: Rng,
    private readonly nodes: readonly NodeObject[],
  ) {
    for (const d of DAEMONS) {
      const ds = this.daemonSet(d)
      api.seed(ds)
      for (const n of nodes) api.seed(this.pod(d, ds, n))
    }
    api.watch((type, obj) => this.onChange(type, obj))
  }

  private daemonSet(d: DaemonSpec): DaemonSet {
    const count = this.nodes.length
    return {
      apiVersion: 'apps/v1', kind: 'DaemonSet',
      metadata: { ...meta(d.name, this.rng.uuid(), ++this.rv, 0), generation: 1, labels: { ...d.labels } },
      spec: { selector: { matchLabels: { ...d.labels } }, template: { metadata: { labels: { ...d.labels } }, spec: { ...(d.nodeSelector ? { nodeSelector: d.nodeSelector } : {}), tolerations: [{ operator: 'Exists' }], containers: [{ name: d.container, image: d.image }] } } },
      status: { currentNumberScheduled: count, desiredNumberScheduled: count, numberReady: count, updatedNumberScheduled: count, numberAvailable: count, numberMisscheduled: 0 },
    }
  }

  /** A Running, ready host-network pod of `ds` on `node`, created now. */
  private pod(d: DaemonSpec, ds: DaemonSet, node: NodeObject): Pod {
    const at = this.kernel.now
    const ip = node.status.addresses.find((a) => a.type === 'InternalIP')?.address ?? ''
    const name = `${d.name}-${this.rng.chars(NAME_ALPHABET, 5)}`
    const uid = this.rng.uuid()
    const cond = (type: 'PodReadyToStartContainers' | 'Initialized' | 'Ready' | 'ContainersReady' | 'PodScheduled') => ({ type, status: 'True' as const, lastTransitionTime: at })
    return {
      apiVersion: 'v1', kind: 'Pod',
      metadata: {
        ...meta(name, uid, ++this.rv, at), generateName: `${d.name}-`,
        labels: { ...d.labels, 'controller-revision-hash': '6d9b4f7c8d', 'pod-template-generation': '1' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: d.name, uid: ds.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      spec: {
        nodeName: node.metadata.name, hostNetwork: true, ...(d.nodeSelector ? { nodeSelector: d.nodeSelector } : {}), priorityClassName: 'system-node-critical', priority: 2000001000,
        restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', serviceAccountName: d.name,
        tolerations: [{ operator: 'Exists' }],
        containers: [{ name: d.container, image: d.image, ...(d.resources ? { resources: d.resources } : {}) }],
      },
      status: {
        phase: 'Running', hostIP: ip, podIP: ip, startTime: at, qosClass: d.resources ? 'Guaranteed' : 'BestEffort',
        conditions: [cond('PodReadyToStartContainers'), cond('Initialized'), cond('Ready'), cond('ContainersReady'), cond('PodScheduled')],
        containerStatuses: [{
          name: d.container, state: { running: { startedAt: at } }, lastState: {}, ready: true, started: true, restartCount: 0,
          image: d.image, imageID: '', containerID: `containerd://${this.rng.chars('0123456789abcdef', 64)}`,
        }],
      },
    }
  }

  /** A deleted system pod stops, goes, and its DaemonSet puts a new one on the same node. */
  private onChange(type: string, obj: KubeObject): void {
    if (type !== 'MODIFIED' || obj.kind !== 'Pod' || !isSystemPod(obj) || obj.metadata.deletionTimestamp === undefined) return
    const pod = obj
    if (pod.metadata.deletionGracePeriodSeconds === 0) return
    this.kernel.after(SYSTEM_POD_STOP_MS, () => {
      if (this.api.get('Pod', pod.metadata.name, KUBE_SYSTEM)?.metadata.uid !== pod.metadata.uid) return
      this.api.delete('Pod', pod.metadata.name, KUBE_SYSTEM, { gracePeriodSeconds: 0 })
      const ref = pod.metadata.ownerReferences?.find((r) => r.kind === 'DaemonSet')
      const ds = ref && this.api.get('DaemonSet', ref.name, KUBE_SYSTEM)
      const node = this.nodes.find((n) => n.metadata.name === pod.spec.nodeName)
      const d = DAEMONS.find((x) => x.name === ref?.name)
      if (!ds || ds.metadata.deletionTimestamp !== undefined || !node || !d) return
      this.api.seed(this.pod(d, ds, node), true)
    })
  }
}
