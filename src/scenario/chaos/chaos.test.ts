// `chaos` as a scenario step: the kill's exit code and reason reach the pod status the way any
// container exit does (`kubectl get pods` STATUS is the terminated reason: Error, OOMKilled,
// Completed — reference kubectl-and-kubelet.md §2.2), restartPolicy OnFailure restarts in place,
// errors read like kubectl's, and a downed node shows NotReady in `kubectl get nodes`.
import { describe, expect, it } from 'vitest'
import { runScenario } from '../run'
import { oneJobScenario } from '../testing/oneJobScenario'
import { commands, k8sEvents, lines, podRows } from '../testing/traceQueries'

const POD = '$(kubectl get pods -l job-name=k -o name)'
const out = (t: ReturnType<typeof runScenario>['trace'], re: RegExp) => commands(t, re)[0]!

describe('chaos kill', () => {
  it('ends the container with exit 137 and reason Error by default; the pod fails under restartPolicy Never', () => {
    const { trace } = runScenario(oneJobScenario('k', 'sleep 600', [['0s', 'kubectl apply -f job.yaml'], ['10s', `chaos kill ${POD}`], ['20s', 'kubectl get pods']]))
    expect(out(trace, /^chaos kill/).output).toMatch(/^pod\/k-\w{5} container c killed: exit code 137 \(Error\)\n$/)
    expect(lines(out(trace, /^kubectl get pods/).output)[1]).toMatch(/^k-\w{5}\s+0\/1\s+Error\s+0\s+20s$/)
    const first = podRows(trace, 'k')[0]!.name
    expect(podRows(trace, 'k').filter((r) => r.name === first).at(-1)).toMatchObject({ phase: 'Failed', exitCodes: { c: 137 } })
  })

  it('shows OOMKilled for --oom, and Completed for --exit-code 0 (the pod then succeeds)', () => {
    const oom = runScenario(oneJobScenario('k', 'sleep 600', [['0s', 'kubectl apply -f job.yaml'], ['10s', `chaos kill ${POD} --oom`], ['20s', 'kubectl get pods']])).trace
    expect(lines(out(oom, /^kubectl get pods/).output)[1]).toMatch(/^k-\w{5}\s+0\/1\s+OOMKilled\s+0\s+20s$/)
    const zero = runScenario(oneJobScenario('k', 'sleep 600', [['0s', 'kubectl apply -f job.yaml'], ['10s', `chaos kill ${POD} --exit-code 0`], ['20s', 'kubectl get pods']])).trace
    expect(lines(out(zero, /^kubectl get pods/).output)[1]).toMatch(/^k-\w{5}\s+0\/1\s+Completed\s+0\s+20s$/)
  })

  it('lets restartPolicy OnFailure restart the container in place', () => {
    const s = oneJobScenario('k', 'sleep 600', [['0s', 'kubectl apply -f job.yaml'], ['10s', `chaos kill ${POD} --exit-code 42`], ['30s', 'kubectl get pods']])
    s.files['job.yaml'] = s.files['job.yaml']!.replace('restartPolicy: Never', 'restartPolicy: OnFailure')
    const { trace } = runScenario(s)
    expect(lines(out(trace, /^kubectl get pods/).output)[1]).toMatch(/^k-\w{5}\s+1\/1\s+Running\s+1 \(\d+s ago\)\s+30s$/)
  })

  it('says what is wrong, as kubectl would', () => {
    const { trace } = runScenario(oneJobScenario('k', 'sleep 5', [
      ['0s', 'kubectl apply -f job.yaml'],
      ['10s', 'chaos kill nope'],
      ['11s', `chaos kill ${POD} -c nope`],
      ['12s', `chaos kill ${POD} --exit-code 300`],
      ['13s', `chaos kill ${POD} --oom --exit-code 1`],
      ['40s', `chaos kill ${POD}`],
      ['41s', 'chaos reboot node-1'],
    ]))
    const texts = commands(trace, /^chaos/).map((c) => [c.output.trim(), c.exitCode])
    expect(texts).toEqual([
      ['Error from server (NotFound): pods "nope" not found', 1],
      [expect.stringMatching(/^error: container nope is not valid for pod k-\w{5}$/), 1],
      ['error: invalid argument "300" for "--exit-code" flag: an exit code is 0 to 255', 1],
      ['error: --oom kills with SIGKILL, exit code 137; drop --exit-code 1', 1],
      ['error: cannot kill a container in a completed pod; current phase is Succeeded', 1],
      [expect.stringMatching(/^error: unknown command "reboot" for "chaos"/), 1],
    ])
  })
})

describe('chaos node-down / node-up', () => {
  it('shows the node NotReady once the node lifecycle controller notices, and Ready again after node-up', () => {
    const { trace } = runScenario(oneJobScenario('k', 'sleep 600', [
      ['0s', 'kubectl apply -f job.yaml'], ['10s', 'chaos node-down node-1'], ['11s', 'chaos node-down node-1'], ['80s', 'kubectl get nodes'],
      ['90s', 'chaos node-up node-1'], ['2m', 'kubectl get nodes'], ['2m1s', 'chaos node-down node-9'],
    ]))
    expect(commands(trace, /^chaos node-down node-1/).map((c) => c.output)).toEqual(['node/node-1 down\n', 'node/node-1 already down\n'])
    const [first, second] = commands(trace, /get nodes/)
    expect(lines(first!.output)[1]).toMatch(/^node-1\s+NotReady\s+<none>\s+80s\s+v1\.34\.1$/)
    expect(lines(second!.output)[1]).toMatch(/^node-1\s+Ready\s+<none>/)
    expect(out(trace, /node-up/).output).toBe('node/node-1 starting\n')
    expect(out(trace, /node-9/).output).toBe('Error from server (NotFound): nodes "node-9" not found\n')
    expect(k8sEvents(trace, 'NodeNotReady').map((e) => e.object)).toContain('Node/node-1')
  })

  it('refuses to kill a container on a node that is down', () => {
    const { trace } = runScenario(oneJobScenario('k', 'sleep 600', [['0s', 'kubectl apply -f job.yaml'], ['10s', 'chaos node-down node-1'], ['20s', `chaos kill ${POD}`]]))
    expect(out(trace, /^chaos kill/).output).toMatch(/^error: node node-1 is down: the containers of pod k-\w{5} are not running\n$/)
  })
})
