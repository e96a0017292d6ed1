// The kubelet's sentences name the rule that decided (reference kubectl-and-kubelet.md: pod phase
// from container exits and restartPolicy; init containers one at a time; imagePullPolicy, serial
// pulls) with the numbers it used.
import { describe, expect, it } from 'vitest'
import type { Container, Pod } from '../api/types'
import { explainAppStart, explainFinalPhase, explainInitStart, explainPull } from './explainPod'
import { type ContainerRecord, newRecord } from './runtime'

function exited(name: string, code: number, init = false): ContainerRecord {
  const r = newRecord({ name, image: 'busybox' } as Container, init)
  r.instances = 1
  r.current = { id: 'x', containerID: 'x', startedAt: 0, finishedAt: 1, exitCode: code, reason: undefined, message: undefined, proc: null, logs: [], partial: { stdout: '', stderr: '' } }
  return r
}
const pod = (restartPolicy: string) => ({ spec: { restartPolicy } }) as unknown as Pod

describe('kubelet sentences', () => {
  it('explains the final phase from the exits and the restart policy', () => {
    expect(explainFinalPhase(pod('Never'), [], [exited('main', 0)], 'Succeeded'))
      .toBe('Container main exited 0; restartPolicy Never restarts none and all exited 0 → phase Succeeded')
    expect(explainFinalPhase(pod('Never'), [], [exited('a', 0), exited('b', 3)], 'Failed'))
      .toBe('Every container has stopped (a exited 0, b exited 3); restartPolicy Never restarts none and at least one exited non-zero → phase Failed')
    expect(explainFinalPhase(pod('OnFailure'), [], [exited('main', 0)], 'Succeeded'))
      .toBe('Container main exited 0; restartPolicy OnFailure restarts only failed containers and all exited 0 → phase Succeeded')
  })

  it('explains a failed init container under Never', () => {
    expect(explainFinalPhase(pod('Never'), [exited('init01', 1, true)], [newRecord({ name: 'main' } as Container, false)], 'Failed'))
      .toBe('Init container init01 exited 1 and restartPolicy Never does not retry it → the app containers never start; phase Failed')
  })

  it('explains the order of init containers', () => {
    const init = [exited('one', 0, true), newRecord({ name: 'two' } as Container, true)]
    expect(explainInitStart(init, init[0]!)).toBe('Init container 1/2 (one) starts: the sandbox is ready, and init containers run one at a time, in order')
    expect(explainInitStart(init, init[1]!)).toBe('Init container 2/2 (two) starts: one exited 0, and init containers run one at a time, in order')
    expect(explainAppStart(init)).toBe('All 2 init containers exited 0 → the app containers start')
  })

  it('explains the pull policy, and a wait behind another pull only when it is noticeable', () => {
    expect(explainPull('busybox', 'Always', true, 'node-1', 0)).toBe('imagePullPolicy Always → pull even if the node has a copy')
    expect(explainPull('busybox:1.36', 'IfNotPresent', true, 'node-1', 0)).toBe('imagePullPolicy IfNotPresent and busybox:1.36 is already on node-1 → no pull')
    expect(explainPull('busybox:1.36', 'IfNotPresent', false, 'node-1', 2500))
      .toBe('imagePullPolicy IfNotPresent and node-1 has no busybox:1.36 yet → pull (waits 2.5s behind another pull: the kubelet pulls one image at a time)')
    expect(explainPull('busybox:1.36', 'IfNotPresent', false, 'node-1', 50)).toBe('imagePullPolicy IfNotPresent and node-1 has no busybox:1.36 yet → pull')
    expect(explainPull('busybox:1.36', 'Never', false, 'node-1', 0)).toBe('imagePullPolicy Never → use busybox:1.36 from node-1 without pulling')
  })
})
