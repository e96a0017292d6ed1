// kubectl cordon / uncordon / drain (kubectl `pkg/cmd/drain/drain.go` and `pkg/drain`, v1.34):
// `node/NAME cordoned` / `already cordoned` / `uncordoned`; drain prints `evicting pod ns/NAME`
// per pod, `pod/NAME evicted` once each is gone (polled every second), `node/NAME drained`; on
// refusal `error: unable to drain node "NAME" due to error: …, continuing command...`, the
// pending-nodes lines and the error again (CheckErr's MultipleErrors), exit 1.
import { describe, expect, it } from 'vitest'
import { job, terminal } from '../testing/terminal'

/** kube-system's DaemonSet pods on node-1, as drain names them (`kube-system/kindnet-…, kube-system/kube-proxy-…`). */
const daemonPods = (t: ReturnType<typeof terminal>) => t.cluster.api.list('Pod', 'kube-system').filter((p) => p.spec.nodeName === 'node-1').map((p) => `kube-system/${p.metadata.name}`).sort().join(', ')
const ignoring = (t: ReturnType<typeof terminal>) => `Warning: ignoring DaemonSet-managed Pods: ${daemonPods(t)}\n`

const longJob = job('long', '', '      - name: c\n        image: busybox:1.36\n        command: ["sh", "-c", "sleep 300"]\n')
const barePod = `apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  containers:
  - name: c
    image: busybox:1.36
    command: ["sh", "-c", "sleep 300"]
`

describe('kubectl cordon and uncordon', () => {
  it('sets and clears spec.unschedulable, says so, and get nodes shows SchedulingDisabled', () => {
    const t = terminal()
    const a = t.kubectl('kubectl cordon node-1', 1000)
    const b = t.kubectl('kubectl cordon node-1', 2000)
    const nodes = t.kubectl('kubectl get nodes', 3000)
    const c = t.kubectl('kubectl uncordon node-1', 4000)
    const d = t.kubectl('kubectl uncordon node-1', 5000)
    const e = t.kubectl('kubectl cordon node-9', 6000)
    const f = t.kubectl('kubectl cordon', 7000)
    t.runUntil(8000)
    expect(a.output).toBe('node/node-1 cordoned\n')
    expect(b.output).toBe('node/node-1 already cordoned\n')
    expect(nodes.output).toBe('NAME     STATUS                     ROLES    AGE   VERSION\nnode-1   Ready,SchedulingDisabled   <none>   3s    v1.34.1\n')
    expect(c.output).toBe('node/node-1 uncordoned\n')
    expect(d.output).toBe('node/node-1 already uncordoned\n')
    expect(t.cluster.api.get('Node', 'node-1')!.spec?.unschedulable).toBeUndefined()
    expect(e).toMatchObject({ output: 'Error from server (NotFound): nodes "node-9" not found\n', exitCode: 1 })
    expect(f).toMatchObject({ output: "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n", exitCode: 1 })
  })
})

describe('kubectl drain', () => {
  it('cordons, evicts the Job pod, waits the 30 s grace period out, then reports it drained', () => {
    const t = terminal({ 'job.yaml': longJob })
    t.kubectl('kubectl apply -f job.yaml', 0)
    const d = t.kubectl('kubectl drain node-1 --ignore-daemonsets', 10_000)
    t.runUntil(60_000)
    const pod = d.output.match(/evicting pod default\/(long-\w{5})/)?.[1]
    expect(daemonPods(t)).toMatch(/^kube-system\/kindnet-[bcdfghjklmnpqrstvwxz2456789]{5}, kube-system\/kube-proxy-[bcdfghjklmnpqrstvwxz2456789]{5}$/)
    expect(d.output).toBe(`node/node-1 cordoned\n${ignoring(t)}evicting pod default/${pod}\npod/${pod} evicted\nnode/node-1 drained\n`)
    expect(d.exitCode).toBe(0)
    // Killed at 40 s; drain sees it gone on its next one-second poll.
    expect(d.endedAt).toBeGreaterThanOrEqual(40_000)
    expect(d.endedAt).toBeLessThanOrEqual(41_100)
  })

  it('uses --grace-period instead of the pod\'s 30 s', () => {
    const t = terminal({ 'job.yaml': longJob })
    t.kubectl('kubectl apply -f job.yaml', 0)
    const d = t.kubectl('kubectl drain node-1 --ignore-daemonsets --grace-period=5', 10_000)
    t.runUntil(60_000)
    expect(d.exitCode).toBe(0)
    expect(d.endedAt).toBeGreaterThanOrEqual(15_000)
    expect(d.endedAt).toBeLessThanOrEqual(16_100)
  })

  it('refuses a pod without a controller, leaving the node cordoned; --force evicts it with a warning', () => {
    const t = terminal({ 'pod.yaml': barePod })
    t.kubectl('kubectl apply -f pod.yaml', 0)
    const refused = t.kubectl('kubectl drain node-1 --ignore-daemonsets', 10_000)
    const forced = t.kubectl('kubectl drain node-1 --ignore-daemonsets --force --grace-period=1', 11_000)
    t.runUntil(20_000)
    const why = 'cannot delete Pods that declare no controller (use --force to override): default/bare'
    expect(refused).toMatchObject({ exitCode: 1, output: `node/node-1 cordoned\nerror: unable to drain node "node-1" due to error: ${why}, continuing command...\nThere are pending nodes to be drained:\n node-1\n${why}\n` })
    // Warnings() joins one group per message: `<msg>: pods; <msg>: pods`.
    expect(forced.output).toBe(`node/node-1 already cordoned\nWarning: deleting Pods that declare no controller: default/bare; ignoring DaemonSet-managed Pods: ${daemonPods(t)}\nevicting pod default/bare\npod/bare evicted\nnode/node-1 drained\n`)
  })

  it('gives up at --timeout with the global-timeout errors', () => {
    const t = terminal({ 'job.yaml': longJob })
    t.kubectl('kubectl apply -f job.yaml', 0)
    const d = t.kubectl('kubectl drain node-1 --ignore-daemonsets --timeout=5s', 10_000)
    t.runUntil(60_000)
    const pod = d.output.match(/evicting pod default\/(long-\w{5})/)?.[1]
    const e = `error when waiting for pod "${pod}" in namespace "default" to terminate: global timeout reached: 5s`
    expect(d.output).toBe(`node/node-1 cordoned\n${ignoring(t)}evicting pod default/${pod}\nThere are pending pods in node "node-1" when an error occurred: ${e}\npod/${pod}\nerror: unable to drain node "node-1" due to error: ${e}, continuing command...\nThere are pending nodes to be drained:\n node-1\n${e}\n`)
    expect(d).toMatchObject({ exitCode: 1, endedAt: 15_000 })
  })

  it('says drained at once on a node with nothing to evict', () => {
    const t = terminal()
    const d = t.kubectl('kubectl drain node-1 --ignore-daemonsets', 1000)
    t.runUntil(3000)
    expect(d).toMatchObject({ output: `node/node-1 cordoned\n${ignoring(t)}node/node-1 drained\n`, exitCode: 0, endedAt: 1000 })
  })

  it('refuses the DaemonSet pods every kind node runs unless --ignore-daemonsets, and never evicts them', () => {
    const t = terminal({ 'job.yaml': longJob })
    t.kubectl('kubectl apply -f job.yaml', 0)
    const refused = t.kubectl('kubectl drain node-1', 10_000)
    const ok = t.kubectl('kubectl drain node-1 --ignore-daemonsets', 11_000)
    t.runUntil(60_000)
    // filters.go daemonSetFatal, through errors(): `cannot delete <fatal>: ns/a, ns/b`.
    const why = `cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${daemonPods(t)}`
    expect(refused).toMatchObject({ exitCode: 1, output: `node/node-1 cordoned\nerror: unable to drain node "node-1" due to error: ${why}, continuing command...\nThere are pending nodes to be drained:\n node-1\n${why}\n` })
    expect(ok.exitCode).toBe(0)
    expect(ok.output).not.toContain('evicting pod kube-system')
    expect(t.cluster.api.list('Pod', 'kube-system').every((p) => p.metadata.deletionTimestamp === undefined)).toBe(true)
  })
})
