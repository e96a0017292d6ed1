// `kubectl describe node` (describe.go `describeNode`, `describeNodeResource`, v1.34) on a kind
// worker: the layout, column for column, is describe.go's format strings in one tabwriter
// (0, 8, 2, ' ', 0); the values are a kind node's (kubeadm's labels and annotations, the four
// kubelet conditions, kindnet's 100m/50Mi requests and limits against 4 CPUs and 16365384Ki).
// The machine, system and boot IDs are random per cluster and masked here.
import { describe, expect, it } from 'vitest'
import { job, terminal } from '../../testing/terminal'

const mask = (s: string) => s
  .replace(/(Machine ID:\s+)[0-9a-f]{32}/, '$1<machine-id>')
  .replace(/(System UUID:\s+)[0-9a-f-]{36}/, '$1<uuid>')
  .replace(/(Boot ID:\s+)[0-9a-f-]{36}/, '$1<uuid>')
  .replace(/(kindnet|kube-proxy)-[bcdfghjklmnpqrstvwxz2456789]{5}/g, '$1-xxxxx')

const T0 = 'Sat, 03 Jan 2026 01:46:00 +0000'

describe('kubectl describe node', () => {
  it('prints a cordoned kind worker as real kubectl does, with its kube-system pods and the kubelet\'s NodeNotSchedulable event', () => {
    const t = terminal()
    t.kubectl('kubectl cordon node-1', 5000)
    const d = t.kubectl('kubectl describe node node-1', 20_000)
    t.runUntil(21_000)
    const renew = t.cluster.kubeletOf('node-1')!.lastRenewal(20_000)
    const renewText = new Date(t.cluster.epochMs + renew).toUTCString().replace('GMT', '+0000')
    expect(mask(d.output)).toBe(`Name:               node-1
Roles:              <none>
Labels:             beta.kubernetes.io/arch=amd64
                    beta.kubernetes.io/os=linux
                    kubernetes.io/arch=amd64
                    kubernetes.io/hostname=node-1
                    kubernetes.io/os=linux
Annotations:        kubeadm.alpha.kubernetes.io/cri-socket: unix:///run/containerd/containerd.sock
                    node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
CreationTimestamp:  ${T0}
Taints:             node.kubernetes.io/unschedulable:NoSchedule
Unschedulable:      true
Lease:
  HolderIdentity:  node-1
  AcquireTime:     <unset>
  RenewTime:       ${renewText}
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   ${T0}   ${T0}   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   ${T0}   ${T0}   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure      False   ${T0}   ${T0}   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            True    ${T0}   ${T0}   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  172.18.0.2
  Hostname:    node-1
Capacity:
  cpu:                4
  ephemeral-storage:  102350568Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             16365384Ki
  pods:               110
Allocatable:
  cpu:                4
  ephemeral-storage:  102350568Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             16365384Ki
  pods:               110
System Info:
  Machine ID:                 <machine-id>
  System UUID:                <uuid>
  Boot ID:                    <uuid>
  Kernel Version:             6.8.0-87-generic
  OS Image:                   Debian GNU/Linux 12 (bookworm)
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://2.1.3
  Kubelet Version:            v1.34.1
PodCIDR:                      10.244.0.0/24
PodCIDRs:                     10.244.0.0/24
ProviderID:                   kind://docker/kind/node-1
Non-terminated Pods:          (2 in total)
  Namespace                   Name                CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                ------------  ----------  ---------------  -------------  ---
  kube-system                 kindnet-xxxxx       100m (2%)     100m (2%)   50Mi (0%)        50Mi (0%)      20s
  kube-system                 kube-proxy-xxxxx    0 (0%)        0 (0%)      0 (0%)           0 (0%)         20s
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests   Limits
  --------           --------   ------
  cpu                100m (2%)  100m (2%)
  memory             50Mi (0%)  50Mi (0%)
  ephemeral-storage  0 (0%)     0 (0%)
  hugepages-1Gi      0 (0%)     0 (0%)
  hugepages-2Mi      0 (0%)     0 (0%)
Events:
  Type    Reason              Age   From     Message
  ----    ------              ----  ----     -------
  Normal  NodeNotSchedulable  11s   kubelet  Node node-1 status is now: NodeNotSchedulable
`)
  })

  it('drops the taint at once on uncordon; the kubelet records NodeSchedulable at its next status sync', () => {
    const t = terminal()
    t.kubectl('kubectl cordon node-1', 5000)
    t.kubectl('kubectl uncordon node-1', 30_000)
    const d = t.kubectl('kubectl describe node node-1', 30_000)
    const later = t.kubectl('kubectl describe node node-1', 50_000)
    t.runUntil(51_000)
    expect(d.output).toContain('Taints:             <none>\nUnschedulable:      false\n')
    expect(later.output).toMatch(/Normal {2}NodeSchedulable {5}\d+s {3}kubelet {2}Node node-1 status is now: NodeSchedulable\n$/)
    expect(t.cluster.events.eventsFor(t.cluster.api.get('Node', 'node-1')!.metadata.uid).map((e) => e.reason)).toEqual(['NodeNotSchedulable', 'NodeSchedulable'])
  })

  it('prints whatever conditions and taints the Node holds, sorted by effect then key, and the learner\'s pods with their requests', () => {
    const t = terminal()
    const node = t.cluster.api.get('Node', 'node-1')!
    node.spec = { ...node.spec, taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }, { key: 'dedicated', value: 'batch', effect: 'NoSchedule' }] }
    const ready = node.status.conditions!.find((c) => c.type === 'Ready')!
    Object.assign(ready, { status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' })
    const d = t.kubectl('kubectl describe node node-1', 1000)
    t.runUntil(2000)
    expect(d.output).toContain('Taints:             node.kubernetes.io/unreachable:NoExecute\n                    dedicated=batch:NoSchedule\n                    node.kubernetes.io/unreachable:NoSchedule\n')
    expect(d.output).toMatch(/\n {2}Ready +Unknown +Sat, 03 Jan 2026 01:46:00 \+0000 +Sat, 03 Jan 2026 01:46:00 \+0000 +NodeStatusUnknown +Kubelet stopped posting node status\.\n/)
    expect(d.output).toMatch(/\n {2}hugepages-2Mi {6}0 \(0%\) {5}0 \(0%\)\nEvents: +<none>\n$/)
  })

  it('lists the learner\'s running pods with their requests (a limit alone is also the request) and adds them up', () => {
    const container = '      - name: c\n        image: busybox:1.36\n        command: ["sh", "-c", "sleep 60"]\n        resources:\n          limits:\n            cpu: 500m\n            memory: 64Mi\n'
    const t = terminal({ 'job.yaml': job('busy', '', container) })
    t.kubectl('kubectl apply -f job.yaml', 0)
    const d = t.kubectl('kubectl describe node node-1', 30_000)
    t.runUntil(31_000)
    // 500m of 4 CPUs is 12.5 %, printed as int64: 12; 64Mi + 50Mi = 114Mi of 16365384Ki is 0 %.
    expect(d.output).toMatch(/\n {2}default {21}busy-[bcdfghjklmnpqrstvwxz2456789]{5} {10}500m \(12%\) {4}500m \(12%\) {2}64Mi \(0%\) {8}64Mi \(0%\) {6}\d+s\n/)
    expect(d.output).toContain('Non-terminated Pods:          (3 in total)\n')
    expect(d.output).toContain('  cpu                600m (15%)  600m (15%)\n  memory             114Mi (0%)  114Mi (0%)\n')
  })
})
