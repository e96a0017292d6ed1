import { describe, expect, it } from 'vitest'
import { printPod } from './podRow'
import { condition, containerStatus, pod } from './testObjects'

// Expected cells: reference/kubectl-and-kubelet.md §2.1–§2.3 (the derived samples) and the seed's
// `kubectl get pod -w` rows (init lab: Init:0/2 → Init:1/2 → PodInitializing → 2/2 Running →
// 1/2 NotReady → 0/2 Completed).
const S = 1000
const cells = (p: Parameters<typeof printPod>[0], now = 0) => {
  const r = printPod(p, now)
  return [r.ready, r.status, r.restarts]
}

describe('printPod READY/STATUS/RESTARTS', () => {
  it('shows the phase before any container status exists', () => {
    expect(cells(pod('p'))).toEqual(['0/1', 'Pending', '0'])
  })

  it('shows a waiting reason, then Running, then Completed', () => {
    expect(cells(pod('p', { containerStatuses: [containerStatus('c', { waiting: { reason: 'ContainerCreating' } })] }))).toEqual(['0/1', 'ContainerCreating', '0'])
    const running = pod('p', { phase: 'Running', containerStatuses: [containerStatus('c', { running: { startedAt: 0 } }, { ready: true })] })
    expect(cells(running)).toEqual(['1/1', 'Running', '0'])
    const done = pod('p', { phase: 'Succeeded', containerStatuses: [containerStatus('c', { terminated: { exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: 5 * S } })] })
    expect(cells(done)).toEqual(['0/1', 'Completed', '0'])
  })

  it('walks the init containers: Init:0/2, Init:1/2, PodInitializing', () => {
    const opts = { containers: ['writer01', 'writer02'], inits: ['init01', 'init02'] }
    const waitInit = { waiting: { reason: 'PodInitializing' } }
    const mains = [containerStatus('writer01', waitInit), containerStatus('writer02', waitInit)]
    const first = pod('p', { initContainerStatuses: [containerStatus('init01', { running: { startedAt: 0 } }), containerStatus('init02', waitInit)], containerStatuses: mains }, opts)
    expect(cells(first)).toEqual(['0/2', 'Init:0/2', '0'])
    const done0 = { terminated: { exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: 1 } }
    const second = pod('p', { initContainerStatuses: [containerStatus('init01', done0), containerStatus('init02', { running: { startedAt: 1 } })], containerStatuses: mains }, opts)
    expect(cells(second)).toEqual(['0/2', 'Init:1/2', '0'])
    const third = pod('p', { initContainerStatuses: [containerStatus('init01', done0), containerStatus('init02', done0)], containerStatuses: mains, conditions: [condition('Initialized', 'True')] }, opts)
    expect(cells(third)).toEqual(['0/2', 'PodInitializing', '0'])
  })

  it('shows 1/2 NotReady when one of two containers has exited 0', () => {
    const p = pod(
      'p',
      {
        phase: 'Running',
        conditions: [condition('Ready', 'False')],
        containerStatuses: [
          containerStatus('writer01', { terminated: { exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: 1 } }),
          containerStatus('writer02', { running: { startedAt: 0 } }, { ready: true }),
        ],
      },
      { containers: ['writer01', 'writer02'] },
    )
    expect(cells(p)).toEqual(['1/2', 'NotReady', '0'])
  })

  it('shows Error next to a running container, and Completed for a Failed pod whose first container completed', () => {
    const running = containerStatus('long', { running: { startedAt: 0 } }, { ready: true })
    const failed = containerStatus('short', { terminated: { exitCode: 1, reason: 'Error', startedAt: 0, finishedAt: 1 } })
    expect(cells(pod('p', { phase: 'Running', containerStatuses: [running, failed] }, { containers: ['long', 'short'] }))).toEqual(['1/2', 'Error', '0'])
    const longDone = containerStatus('long', { terminated: { exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: 2 } })
    expect(cells(pod('p', { phase: 'Failed', containerStatuses: [longDone, failed] }, { containers: ['long', 'short'] }))).toEqual(['0/2', 'Completed', '0'])
  })

  it('shows Init:Error and Init:CrashLoopBackOff with the previous crash time', () => {
    const failedInit = containerStatus('init', { terminated: { exitCode: 1, reason: 'Error', startedAt: 0, finishedAt: 14 * S } })
    expect(cells(pod('initfail', { phase: 'Failed', initContainerStatuses: [failedInit] }, { inits: ['init'] }), 15 * S)).toEqual(['0/1', 'Init:Error', '0'])
    const backoff = containerStatus('init', { waiting: { reason: 'CrashLoopBackOff' } }, { restartCount: 1, lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: 2 * S, finishedAt: 3 * S } } })
    expect(cells(pod('initretry', { initContainerStatuses: [backoff] }, { inits: ['init'] }), 4 * S)).toEqual(['0/1', 'Init:CrashLoopBackOff', '1 (1s ago)'])
  })

  it('shows N (Xs ago) from the previous termination of a crash-looping container', () => {
    // reference §2.3: `crash-qm4zt   0/1   Error   2 (13s ago)   16s`
    const c = containerStatus(
      'crash',
      { terminated: { exitCode: 1, reason: 'Error', startedAt: 15 * S, finishedAt: 15 * S } },
      { restartCount: 2, lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: 3 * S, finishedAt: 3 * S } } },
    )
    const r = printPod(pod('crash-qm4zt', { phase: 'Running', containerStatuses: [c] }), 16 * S)
    expect([r.ready, r.status, r.restarts, r.age]).toEqual(['0/1', 'Error', '2 (13s ago)', '16s'])
  })

  it('drops ordinary init-container restarts once the pod is initialized', () => {
    const init = containerStatus('init', { terminated: { exitCode: 0, reason: 'Completed', startedAt: 5 * S, finishedAt: 6 * S } }, { restartCount: 2, lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: 1, finishedAt: 2 } } })
    const main = containerStatus('c', { running: { startedAt: 7 * S } }, { ready: true })
    expect(cells(pod('p', { phase: 'Running', initContainerStatuses: [init], containerStatuses: [main], conditions: [condition('Initialized', 'True')] }, { inits: ['init'] }))).toEqual(['1/1', 'Running', '0'])
  })

  it('prints Signal:/ExitCode: for a termination without a reason', () => {
    const sig = containerStatus('c', { terminated: { exitCode: 137, signal: 9, startedAt: 0, finishedAt: 1 } })
    expect(cells(pod('p', { phase: 'Failed', containerStatuses: [sig] }))[1]).toBe('Signal:9')
    const code = containerStatus('c', { terminated: { exitCode: 2, startedAt: 0, finishedAt: 1 } })
    expect(cells(pod('p', { phase: 'Failed', containerStatuses: [code] }))[1]).toBe('ExitCode:2')
    const initCode = containerStatus('i', { terminated: { exitCode: 3, startedAt: 0, finishedAt: 1 } })
    expect(cells(pod('p', { initContainerStatuses: [initCode] }, { inits: ['i'] }))[1]).toBe('Init:ExitCode:3')
  })

  it('shows Terminating only while the pod has not finished', () => {
    const running = pod('p', { phase: 'Running', containerStatuses: [containerStatus('c', { running: { startedAt: 0 } }, { ready: true })] })
    running.metadata.deletionTimestamp = 30 * S
    expect(cells(running)).toEqual(['1/1', 'Terminating', '0'])
    const done = pod('p', { phase: 'Succeeded', containerStatuses: [containerStatus('c', { terminated: { exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: 1 } })] })
    done.metadata.deletionTimestamp = 30 * S
    expect(cells(done)[1]).toBe('Completed')
  })

  it('prints <none> for the wide cells of an unscheduled pod', () => {
    const r = printPod(pod('hello-7xk2p'), 41 * S)
    expect([r.name, r.age, r.ip, r.node, r.nominatedNode, r.readinessGates]).toEqual(['hello-7xk2p', '41s', '<none>', '<none>', '<none>', '<none>'])
    const placed = pod('hello-7xk2p', { phase: 'Succeeded', podIP: '10.244.0.12' })
    placed.spec.nodeName = 'kind-control-plane'
    expect([printPod(placed, 0).ip, printPod(placed, 0).node]).toEqual(['10.244.0.12', 'kind-control-plane'])
  })
})
