// kube-system on a kind cluster (sim/system/kubeSystem.ts): every node runs one kindnet and one
// kube-proxy DaemonSet pod from the start. Expected texts are what `kubectl get pods -A` and
// `kubectl get ds -n kube-system` print on a kind 1.34 cluster (kube-proxy's template selects
// `kubernetes.io/os=linux`; kindnet's selects nothing).
import { describe, expect, it } from 'vitest'
import { Cluster } from '../sim/cluster'
import { job, terminal } from './testing/terminal'

const SUFFIX = '[bcdfghjklmnpqrstvwxz2456789]{5}'

describe('kube-system DaemonSets', () => {
  it('lists one kindnet and one kube-proxy pod per node, Running, with the node\'s IP', () => {
    const t = terminal()
    const pods = t.kubectl('kubectl get pods -A -o wide', 10_000)
    const ds = t.kubectl('kubectl get ds -n kube-system', 10_000)
    t.runUntil(11_000)
    expect(pods.output).toMatch(new RegExp([
      'NAMESPACE     NAME               READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES',
      `kube-system   kindnet-${SUFFIX}      1/1     Running   0          10s   172\\.18\\.0\\.2   node-1   <none>           <none>`,
      `kube-system   kube-proxy-${SUFFIX}   1/1     Running   0          10s   172\\.18\\.0\\.2   node-1   <none>           <none>`,
      '',
    ].join('\n')))
    expect(ds.output).toBe([
      'NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE',
      'kindnet      1         1         1       1            1           <none>                   10s',
      'kube-proxy   1         1         1       1            1           kubernetes.io/os=linux   10s',
      '',
    ].join('\n'))
  })

  it('leaves `kubectl get pods` in default alone and makes no pod rows in the trace', () => {
    const t = terminal({ 'job.yaml': job('hi') })
    const none = t.kubectl('kubectl get pods', 1000)
    t.kubectl('kubectl apply -f job.yaml', 2000)
    t.runUntil(30_000)
    expect(none.output).toBe('No resources found in default namespace.\n')
    const podRows = t.cluster.trace.events.filter((e) => e.type === 'pod')
    expect(podRows.length).toBeGreaterThan(0)
    expect(podRows.every((e) => e.type === 'pod' && e.name.startsWith('hi-'))).toBe(true)
  })

  it('runs a pair on each node of a multi-node cluster, the learner\'s pod names unchanged by them', () => {
    const two = new Cluster({ nodes: 2, seed: 7 })
    const byNode = two.api.list('Pod', 'kube-system').map((p) => `${p.metadata.name.replace(/-\w{5}$/, '')}@${p.spec.nodeName}`).sort()
    expect(byNode).toEqual(['kindnet@node-1', 'kindnet@node-2', 'kube-proxy@node-1', 'kube-proxy@node-2'])
    // The first generated name of a seed is drawn from the names stream alone.
    expect(two.api.generateName('x-')).toBe(new Cluster({ nodes: 1, seed: 7 }).api.generateName('x-'))
  })

  it('replaces a deleted pod as its DaemonSet would: a new name on the same node', () => {
    const t = terminal()
    const old = t.cluster.api.list('Pod', 'kube-system')[0]!.metadata.name
    const del = t.kubectl(`kubectl delete pod ${old} -n kube-system`, 1000)
    t.runUntil(10_000)
    expect(del.output).toBe(`pod "${old}" deleted from kube-system namespace\n`)
    const now = t.cluster.api.list('Pod', 'kube-system').map((p) => p.metadata.name)
    expect(now).toHaveLength(2)
    expect(now).not.toContain(old)
    expect(now.some((n) => n.startsWith(old.slice(0, -5)))).toBe(true)
  })

  it('describes a DaemonSet in describe.go\'s layout (the counts are written without a tab)', () => {
    const t = terminal()
    const d = t.kubectl('kubectl describe ds kube-proxy -n kube-system', 5000)
    t.runUntil(6000)
    expect(d.output).toContain([
      'Name:           kube-proxy',
      'Namespace:      kube-system',
      'Selector:       k8s-app=kube-proxy',
      'Node-Selector:  kubernetes.io/os=linux',
      'Labels:         k8s-app=kube-proxy',
      'Annotations:    <none>',
      'Desired Number of Nodes Scheduled: 1',
      'Current Number of Nodes Scheduled: 1',
      'Number of Nodes Scheduled with Up-to-date Pods: 1',
      'Number of Nodes Scheduled with Available Pods: 1',
      'Number of Nodes Misscheduled: 0',
      'Pods Status:  1 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      'Pod Template:',
    ].join('\n'))
    expect(d.output).toContain('  Tolerations:     op=Exists\n')
  })
})
