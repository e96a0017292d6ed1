// kubectl verbs against the simulated cluster: exact texts from reference/kubectl-and-kubelet.md
// §3, §5–§8 and job-controller.md §2, and the seed's outputs.
import { describe, expect, it } from 'vitest'
import { job, terminal } from './testing/terminal'

describe('kubectl basics', () => {
  it("answers unknown verbs, flags and resource types with kubectl's text", () => {
    const t = terminal()
    const a = t.kubectl('kubectl frobnicate pods')
    const b = t.kubectl('kubectl get pods --colour')
    const c = t.kubectl('kubectl get widgets')
    const d = t.kubectl('kubectl get pods')
    t.runUntil(1000)
    expect(a).toMatchObject({ output: 'error: unknown command "frobnicate" for "kubectl"\n', exitCode: 1 })
    expect(b).toMatchObject({ output: "error: unknown flag: --colour\nSee 'kubectl get --help' for usage.\n", exitCode: 1 })
    expect(c).toMatchObject({ output: 'error: the server doesn\'t have a resource type "widgets"\n', exitCode: 1 })
    expect(d).toMatchObject({ output: 'No resources found in default namespace.\n', exitCode: 0 })
  })

  it('refuses an invalid Job with the apiserver\'s exact text', () => {
    const bad = job('bad', '  parallelism: -1\n').replace('restartPolicy: Never', 'restartPolicy: Always')
    const t = terminal({ 'bad.yaml': bad })
    const r = t.kubectl('kubectl apply -f bad.yaml')
    t.runUntil(1000)
    // reference job-controller.md §2.1: several causes → a header line and `* cause` lines.
    expect(r.output).toBe('The Job "bad" is invalid: \n* spec.parallelism: Invalid value: -1: must be greater than or equal to 0\n* spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"\n')
    expect(r.exitCode).toBe(1)
  })
})

describe('kubectl create job, get, wait, logs', () => {
  it('creates, waits for completion, and shows the Job and its logs', () => {
    const t = terminal()
    const created = t.kubectlArgv(['create', 'job', 'hello', '--image=busybox:1.36', '--', 'sh', '-c', 'echo "Start: $(date)"; sleep 5; echo done'])
    const waited = t.kubectl('kubectl wait --for=condition=complete job/hello --timeout=60s', 100)
    t.runUntil(60_000)
    expect(created.output).toBe('job.batch/hello created\n')
    expect(waited.output).toBe('job.batch/hello condition met\n')
    expect(waited.endedAt).toBeGreaterThan(5000)
    const get = t.kubectl('kubectl get jobs')
    const logs = t.kubectl('kubectl logs job/hello')
    t.runUntil(61_000)
    expect(get.output).toMatch(/^NAME {4}STATUS {5}COMPLETIONS {3}DURATION {3}AGE\nhello {3}Complete {3}1\/1 {11}\d+s {8,9}\d+s\n$/)
    expect(logs.output).toMatch(/^Start: Sat Jan {2}3 01:46:0\d UTC 2026\ndone\n$/)
  })

  it('times out waiting on a suspended Job after the default 30 s', () => {
    const t = terminal({ 'j.yaml': job('later', '  suspend: true\n') })
    t.kubectl('kubectl apply -f j.yaml')
    const w = t.kubectl('kubectl wait --for=condition=complete job/later', 1000)
    t.runUntil(40_000)
    expect(w).toMatchObject({ output: 'error: timed out waiting for the condition on jobs/later\n', exitCode: 1, endedAt: 31_000 })
  })

  it('get -w prints the listing, then one row per change with widths that only grow', () => {
    const t = terminal({ 'j.yaml': job('w') })
    const watch = t.kubectl('kubectl get pods -w')
    t.kubectl('kubectl apply -f j.yaml', 10)
    t.runUntil(30_000)
    const lines = watch.output.trimEnd().split('\n')
    expect(lines[0]).toBe('NAME      READY   STATUS    RESTARTS   AGE')
    const statuses = lines.slice(1).map((l) => l.split(/\s+/)[2])
    expect(statuses.slice(0, 3)).toEqual(['Pending', 'Pending', 'ContainerCreating'])
    expect(statuses).toContain('Running')
    expect(statuses.at(-1)).toBe('Completed')
    // The row after ContainerCreating is wider than the header (kubectl's RememberWidths).
    expect(lines.find((l) => l.includes('ContainerCreating'))).toMatch(/^w-\w{5} {3}0\/1 {5}ContainerCreating {3}0 {10}0s$/)
    expect(watch.exitCode).toBeNull()
  })

  it('logs of a Job with several pods names the one it picked, on stderr', () => {
    const t = terminal({ 'j.yaml': job('two', '  completions: 2\n  parallelism: 2\n') })
    t.kubectl('kubectl apply -f j.yaml')
    const logs = t.kubectl('kubectl logs job/two', 30_000)
    t.runUntil(31_000)
    expect(logs.output).toMatch(/^Found 2 pods, using pod\/two-\w{5}\nhi\n$/)
  })
})

describe('kubectl apply, patch, delete', () => {
  it('apply: created, unchanged, configured; a template change is refused as immutable', () => {
    const t = terminal({ 'a.yaml': job('a', '  parallelism: 1\n  completions: 3\n'), 'b.yaml': job('a', '  parallelism: 2\n  completions: 3\n'), 'c.yaml': job('a', '  parallelism: 2\n  completions: 3\n').replace('busybox:1.36', 'busybox:1.37') })
    const runs = ['a', 'a', 'b', 'c'].map((f, i) => t.kubectl(`kubectl apply -f ${f}.yaml`, i * 10))
    t.runUntil(100)
    expect(runs.slice(0, 3).map((r) => r.output)).toEqual(['job.batch/a created\n', 'job.batch/a unchanged\n', 'job.batch/a configured\n'])
    expect(runs[3]!.output).toMatch(/^The Job "a" is invalid: spec\.template: Invalid value: .*: field is immutable\n$/)
    expect(runs[3]!.exitCode).toBe(1)
  })

  it('patch: patched, patched (no change), and a bad patch', () => {
    const t = terminal({ 'j.yaml': job('p', '  suspend: true\n') })
    t.kubectl('kubectl apply -f j.yaml')
    const a = t.kubectlArgv(['patch', 'job', 'p', '-p', '{"spec":{"suspend":false}}'], 10)
    const b = t.kubectlArgv(['patch', 'job', 'p', '-p', '{"spec":{"suspend":false}}'], 20)
    const c = t.kubectlArgv(['patch', 'job', 'missing', '-p', '{}'], 30)
    t.runUntil(100)
    expect(a.output).toBe('job.batch/p patched\n')
    expect(b.output).toBe('job.batch/p patched (no change)\n')
    expect(c.output).toBe('Error from server (NotFound): jobs.batch "missing" not found\n')
  })

  it('delete job: 1.34 wording, and the garbage collector takes the pods (background)', () => {
    const t = terminal({ 'j.yaml': job('d', '', '      - name: c\n        image: busybox:1.36\n        command: ["sleep", "600"]\n') })
    t.kubectl('kubectl apply -f j.yaml')
    const del = t.kubectl('kubectl delete job d', 10_000)
    t.runUntil(60_000)
    expect(del.output).toBe('job.batch "d" deleted from default namespace\n')
    expect(del.endedAt).toBe(10_000)
    expect(t.cluster.api.list('Pod', 'default')).toHaveLength(0)
  })

  it('delete job --cascade=orphan leaves the pods running without an owner', () => {
    const t = terminal({ 'j.yaml': job('o', '', '      - name: c\n        image: busybox:1.36\n        command: ["sleep", "600"]\n') })
    t.kubectl('kubectl apply -f j.yaml')
    t.kubectl('kubectl delete job o --cascade=orphan', 10_000)
    t.runUntil(20_000)
    const pods = t.cluster.api.list('Pod', 'default')
    expect(pods).toHaveLength(1)
    expect(pods[0]!.metadata.ownerReferences).toBeUndefined()
    expect(pods[0]!.status.phase).toBe('Running')
  })

  it('delete pod waits out the 30 s grace period of a sleeping busybox, which ends as Error', () => {
    const t = terminal({ 'j.yaml': job('g', '', '      - name: c\n        image: busybox:1.36\n        command: ["sleep", "600"]\n') })
    t.kubectl('kubectl apply -f j.yaml')
    t.runUntil(10_000)
    const pod = t.cluster.api.list('Pod', 'default')[0]!.metadata.name
    const del = t.kubectl(`kubectl delete pod ${pod}`, 10_000)
    t.runUntil(60_000)
    expect(del.output).toBe(`pod "${pod}" deleted from default namespace\n`)
    expect(del.endedAt! - 10_000).toBeGreaterThanOrEqual(30_000)
    expect(del.endedAt! - 10_000).toBeLessThan(32_000)
    const rows = t.cluster.trace.events.filter((e) => e.type === 'pod' && e.name === pod).map((e) => (e.type === 'pod' ? e.status : ''))
    expect(rows).toContain('Terminating')
    expect(rows.at(-1)).toBe('Error')
  })

  it('exec into a finished pod is refused', () => {
    const t = terminal({ 'j.yaml': job('e') })
    t.kubectl('kubectl apply -f j.yaml')
    t.runUntil(30_000)
    const pod = t.cluster.api.list('Pod', 'default')[0]!.metadata.name
    const r = t.kubectl(`kubectl exec ${pod} -- cat /etc/hostname`)
    t.runUntil(31_000)
    expect(r).toMatchObject({ output: 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n', exitCode: 1 })
  })
})
