// A node as kind (v0.30, node image v1.34) registers it: the labels and annotations kubeadm and
// the kubelet put on a worker, the four kubelet conditions, capacity equal to allocatable (kind
// reserves nothing), the system info of its Debian container and containerd, the pod CIDR
// kube-controller-manager gives node i (10.244.i.0/24, where its kubelet allocates pod IPs), and
// the provider ID `kind://docker/kind/NAME`. `kubectl describe node` and `get nodes -o wide` read
// these. The IDs come from a stream of their own, so no other name or UID changes.
import type { NodeCondition, NodeObject } from '../api/types'
import type { Rng } from '../kernel/rng'

const HEX = '0123456789abcdef'

/** What a fresh kubelet reports (`pkg/kubelet/nodestatus/setters.go`). */
function kubeletConditions(at: number): NodeCondition[] {
  const c = (type: string, status: string, reason: string, message: string): NodeCondition => ({ type, status, lastHeartbeatTime: at, lastTransitionTime: at, reason, message })
  return [
    c('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    c('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    c('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    c('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
  ]
}

const RESOURCES = { cpu: '4', 'ephemeral-storage': '102350568Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '16365384Ki', pods: '110' }

export function kindNode(name: string, index: number, kubeletVersion: string, rng: Rng): NodeObject {
  const cidr = `10.244.${index}.0/24`
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: {
      name, uid: '', resourceVersion: '', creationTimestamp: 0,
      labels: { 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux' },
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR: cidr, podCIDRs: [cidr], providerID: `kind://docker/kind/${name}` },
    status: {
      addresses: [{ type: 'InternalIP', address: `172.18.0.${2 + index}` }, { type: 'Hostname', address: name }],
      conditions: kubeletConditions(0),
      capacity: { ...RESOURCES },
      allocatable: { ...RESOURCES },
      nodeInfo: {
        machineID: rng.chars(HEX, 32), systemUUID: rng.uuid(), bootID: rng.uuid(),
        kernelVersion: '6.8.0-87-generic', osImage: 'Debian GNU/Linux 12 (bookworm)', operatingSystem: 'linux', architecture: 'amd64',
        containerRuntimeVersion: 'containerd://2.1.3', kubeletVersion, kubeProxyVersion: '',
      },
    },
  }
}
