import { describe, expect, it } from 'vitest'
import { containerStatus, kevent, pod } from '../../../sim/api/printers/testObjects'
import { describePod } from './pod'

// Expected text: reference §4.2 (the CrashLoopBackOff container sample and its events table) and
// describe.go's container layout for init containers.
const S = 1000
const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('')
const EPOCH = Date.UTC(2026, 0, 3, 1, 46, 0)

describe('describePod containers', () => {
  it('prints reference §4.2`s CrashLoopBackOff container and repeated events', () => {
    const epoch = Date.UTC(2026, 0, 3, 2, 0, 0)
    const T = 100 * S
    const p = pod('crash-qm4zt', {
      phase: 'Running',
      containerStatuses: [
        containerStatus(
          'crash',
          { waiting: { reason: 'CrashLoopBackOff' } },
          { restartCount: 3, lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: 41 * S, finishedAt: 41 * S + 400 } } },
        ),
      ],
    }, { containers: ['crash'] })
    const ev = (reason: string, message: string, first: number, last: number, count: number, type: 'Normal' | 'Warning' = 'Normal', component = 'kubelet') => ({
      ...kevent({ kind: 'Pod', name: 'crash-qm4zt' }, reason, message, first, { type, count, lastTimestamp: last }),
      source: { component },
    })
    const events = [
      ev('Scheduled', 'Successfully assigned default/crash-qm4zt to kind-control-plane', T - 75 * S, T - 75 * S, 1, 'Normal', 'default-scheduler'),
      ev('Pulled', 'Container image "busybox:1.36" already present on machine', T - 75 * S, T - 34 * S, 4),
      ev('Created', 'Created container: crash', T - 75 * S, T - 34 * S, 4),
      ev('Started', 'Started container crash', T - 74 * S, T - 34 * S, 4),
      ev('BackOff', 'Back-off restarting failed container crash in pod crash-qm4zt_default(6f0c2b1e-8a4d-4c2e-9d71-2a5e3b9f0c11)', T - 72 * S, T - 8 * S, 6, 'Warning'),
    ]
    // give the BackOff event first so sorting by last time is what puts it at the end
    const out = describePod(p, [events[4]!, ...events.slice(0, 4)], undefined, epoch, T)
    expect(out).toContain(
      lines(
        '    State:          Waiting',
        '      Reason:       CrashLoopBackOff',
        '    Last State:     Terminated',
        '      Reason:       Error',
        '      Exit Code:    1',
        '      Started:      Sat, 03 Jan 2026 02:00:41 +0000',
        '      Finished:     Sat, 03 Jan 2026 02:00:41 +0000',
        '    Ready:          False',
        '    Restart Count:  3',
      ),
    )
    expect(out).toContain(
      lines(
        'Events:',
        '  Type     Reason     Age                From               Message',
        '  ----     ------     ----               ----               -------',
        '  Normal   Scheduled  75s                default-scheduler  Successfully assigned default/crash-qm4zt to kind-control-plane',
        '  Normal   Pulled     34s (x4 over 75s)  kubelet            Container image "busybox:1.36" already present on machine',
        '  Normal   Created    34s (x4 over 75s)  kubelet            Created container: crash',
        '  Normal   Started    34s (x4 over 74s)  kubelet            Started container crash',
        '  Warning  BackOff    8s (x6 over 72s)   kubelet            Back-off restarting failed container crash in pod crash-qm4zt_default(6f0c2b1e-8a4d-4c2e-9d71-2a5e3b9f0c11)',
      ),
    )
  })

  it('prints init containers before the containers, with their own states', () => {
    const p = pod('init-demo', {
      phase: 'Pending',
      initContainerStatuses: [containerStatus('init01', { running: { startedAt: 3 * S } })],
      containerStatuses: [containerStatus('writer', { waiting: { reason: 'PodInitializing' } })],
    }, { containers: ['writer'], inits: ['init01'] })
    const out = describePod(p, [], undefined, EPOCH, 5 * S)
    expect(out).toContain(lines('Init Containers:', '  init01:', '    Container ID:   ', '    Image:          busybox', '    Image ID:       ', '    Port:           <none>', '    Host Port:      <none>', '    State:          Running', '      Started:      Sat, 03 Jan 2026 01:46:03 +0000'))
    expect(out).toContain(lines('Containers:', '  writer:'))
    expect(out).toContain(lines('    State:          Waiting', '      Reason:       PodInitializing'))
  })
})
