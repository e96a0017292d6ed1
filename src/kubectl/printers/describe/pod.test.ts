import { describe, expect, it } from 'vitest'
import { condition, containerStatus, kevent, pod } from '../../../sim/api/printers/testObjects'
import type { Pod } from '../../../sim/api/types'
import { describePod } from './pod'

const S = 1000
const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('')
const UID = '3482b286-0337-462f-aedf-b76012cbe248'
const EPOCH = Date.UTC(2026, 0, 3, 1, 46, 0)

/** The finished pod of reference §4.2's sample (`kubectl create job hello --image=busybox:1.36 …`). */
function hello(): Pod {
  const p = pod(
    'hello-7xk2p',
    {
      phase: 'Succeeded',
      hostIP: '172.18.0.2',
      podIP: '10.244.0.12',
      startTime: 28 * S,
      qosClass: 'BestEffort',
      conditions: [
        condition('PodReadyToStartContainers', 'False'),
        condition('Initialized', 'True'),
        condition('Ready', 'False'),
        condition('ContainersReady', 'False'),
        condition('PodScheduled', 'True'),
      ],
      containerStatuses: [
        containerStatus(
          'hello',
          { terminated: { exitCode: 0, reason: 'Completed', startedAt: 29 * S, finishedAt: 34 * S } },
          {
            containerID: 'containerd://0c3e5a9d2b7f41e6a8c9d0b1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1',
            imageID: 'docker.io/library/busybox@sha256:7edf5efe6b86dbf01ccc3c76b32a37a8e23b84e6bad81ce8ae8c221fa456fda8',
          },
        ),
      ],
    },
    { containers: ['hello'], created: 27 * S },
  )
  p.metadata.labels = { 'batch.kubernetes.io/controller-uid': UID, 'batch.kubernetes.io/job-name': 'hello', 'controller-uid': UID, 'job-name': 'hello' }
  p.metadata.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'Job', name: 'hello', uid: UID, controller: true, blockOwnerDeletion: true }]
  p.spec.priority = 0
  p.spec.serviceAccountName = 'default'
  p.spec.nodeName = 'kind-control-plane'
  p.spec.tolerations = [
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  ]
  p.spec.volumes = [
    {
      name: 'kube-api-access-x2b9f',
      projected: {
        defaultMode: 420,
        sources: [
          { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
          { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
          { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
        ],
      },
    },
  ]
  const c = p.spec.containers[0]!
  c.image = 'busybox:1.36'
  c.command = ['sh', '-c', 'echo "Start: $(date)"; sleep 5; echo done']
  c.volumeMounts = [{ name: 'kube-api-access-x2b9f', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }]
  return p
}

const helloEvents = () => [
  { ...kevent({ kind: 'Pod', name: 'hello-7xk2p' }, 'Scheduled', 'Successfully assigned default/hello-7xk2p to kind-control-plane', 27 * S), source: { component: 'default-scheduler' } },
  kevent({ kind: 'Pod', name: 'hello-7xk2p' }, 'Pulled', 'Container image "busybox:1.36" already present on machine', 27 * S + 500),
  kevent({ kind: 'Pod', name: 'hello-7xk2p' }, 'Created', 'Created container: hello', 27 * S + 800),
  kevent({ kind: 'Pod', name: 'hello-7xk2p' }, 'Started', 'Started container hello', 28 * S + 100),
]

describe('describePod', () => {
  it('prints reference §4.2`s sample for a finished job pod exactly', () => {
    // Expected: reference/kubectl-and-kubelet.md §4.2 "Sample (kubectl 1.33/1.34 …)", verbatim.
    expect(describePod(hello(), helloEvents(), undefined, EPOCH, 67 * S)).toBe(
      lines(
        'Name:             hello-7xk2p',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             kind-control-plane/172.18.0.2',
        'Start Time:       Sat, 03 Jan 2026 01:46:28 +0000',
        'Labels:           batch.kubernetes.io/controller-uid=3482b286-0337-462f-aedf-b76012cbe248',
        '                  batch.kubernetes.io/job-name=hello',
        '                  controller-uid=3482b286-0337-462f-aedf-b76012cbe248',
        '                  job-name=hello',
        'Annotations:      <none>',
        'Status:           Succeeded',
        'IP:               10.244.0.12',
        'IPs:',
        '  IP:           10.244.0.12',
        'Controlled By:  Job/hello',
        'Containers:',
        '  hello:',
        '    Container ID:  containerd://0c3e5a9d2b7f41e6a8c9d0b1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1',
        '    Image:         busybox:1.36',
        '    Image ID:      docker.io/library/busybox@sha256:7edf5efe6b86dbf01ccc3c76b32a37a8e23b84e6bad81ce8ae8c221fa456fda8',
        '    Port:          <none>',
        '    Host Port:     <none>',
        '    Command:',
        '      sh',
        '      -c',
        '      echo "Start: $(date)"; sleep 5; echo done',
        '    State:          Terminated',
        '      Reason:       Completed',
        '      Exit Code:    0',
        '      Started:      Sat, 03 Jan 2026 01:46:29 +0000',
        '      Finished:     Sat, 03 Jan 2026 01:46:34 +0000',
        '    Ready:          False',
        '    Restart Count:  0',
        '    Environment:    <none>',
        '    Mounts:',
        '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-x2b9f (ro)',
        'Conditions:',
        '  Type                        Status',
        '  PodReadyToStartContainers   False ',
        '  Initialized                 True ',
        '  Ready                       False ',
        '  ContainersReady             False ',
        '  PodScheduled                True ',
        'Volumes:',
        '  kube-api-access-x2b9f:',
        '    Type:                    Projected (a volume that contains injected data from multiple sources)',
        '    TokenExpirationSeconds:  3607',
        '    ConfigMapName:           kube-root-ca.crt',
        '    Optional:                false',
        '    DownwardAPI:             true',
        'QoS Class:                   BestEffort',
        'Node-Selectors:              <none>',
        'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
        '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        'Events:',
        '  Type    Reason     Age   From               Message',
        '  ----    ------     ----  ----               -------',
        '  Normal  Scheduled  40s   default-scheduler  Successfully assigned default/hello-7xk2p to kind-control-plane',
        '  Normal  Pulled     40s   kubelet            Container image "busybox:1.36" already present on machine',
        '  Normal  Created    40s   kubelet            Created container: hello',
        '  Normal  Started    39s   kubelet            Started container hello',
      ),
    )
  })

  it('prints an unscheduled pod: Node <none>, `IP:` with trailing spaces, `IPs:  <none>`, no container state', () => {
    // reference §4.2 alignment notes: "A pod that is not yet scheduled prints `IP:` followed by
    // trailing spaces only, then `IPs:              <none>`."
    const p = pod('hello-7xk2p', { phase: 'Pending' }, { containers: ['hello'] })
    p.spec.serviceAccountName = 'default'
    const out = describePod(p, [], undefined, EPOCH, 0)
    expect(out).toContain(lines('Node:             <none>', 'Labels:           <none>', 'Annotations:      <none>', 'Status:           Pending', 'IP:               ', 'IPs:              <none>', 'Containers:', '  hello:', '    Image:        busybox'))
    expect(out).not.toContain('State:')
    expect(out).not.toContain('Conditions:')
  })

  it('shows Terminating with the grace period while a running pod is being deleted', () => {
    const p = hello()
    p.status.phase = 'Running'
    p.metadata.deletionTimestamp = 80 * S
    p.metadata.deletionGracePeriodSeconds = 30
    // the deletion timestamp is 30 s ahead, so "lasts" is negative: HumanDuration prints <invalid>
    expect(describePod(p, [], undefined, EPOCH, 55 * S)).toContain(lines('Status:                    Terminating (lasts <invalid>)', 'Termination Grace Period:  30s'))
    expect(describePod(p, [], undefined, EPOCH, 95 * S)).toContain('Terminating (lasts 15s)\n')
  })

  it('resolves metadata.name/namespace fieldRefs only, as kubectl does (kubectl#1303)', () => {
    const p = hello()
    p.spec.containers[0]!.env = [
      { name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
      { name: 'INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" } } },
      { name: 'GREETING', value: 'hi' },
    ]
    expect(describePod(p, [], undefined, EPOCH, 67 * S)).toContain(
      lines(
        '    Environment:',
        // one block 17 wide (`      GREETING:` + 2); `%s:\t%s (%s:%s)` leaves a space before `(`
        '      POD_NAME:  hello-7xk2p (v1:metadata.name)',
        "      INDEX:      (v1:metadata.annotations['batch.kubernetes.io/job-completion-index'])",
        '      GREETING:  hi',
        '    Mounts:',
      ),
    )
  })

})

