import { describe, expect, it } from 'vitest'
import { printEvent } from './eventRow'
import { kevent } from './testObjects'

// Expected cells: printers.go printEvent (OBJECT is `<kind lower>/<name>`, MESSAGE trimmed) with
// the job-controller texts of reference §4.1 (`Created pod: …`, `Job completed`).
describe('printEvent', () => {
  it('prints LAST SEEN, TYPE, REASON, OBJECT and MESSAGE', () => {
    const ev = kevent({ kind: 'Job', name: 'demo-job-write' }, 'SuccessfulCreate', 'Created pod: demo-job-write-2rt82 ', 0)
    const r = printEvent(ev, 21_000)
    expect([r.lastSeen, r.type, r.reason, r.object, r.message]).toEqual(['21s', 'Normal', 'SuccessfulCreate', 'job/demo-job-write', 'Created pod: demo-job-write-2rt82'])
    expect([r.source, r.firstSeen, r.count, r.subobject]).toEqual(['job-controller', '21s', '1', ''])
  })

  it('uses the last time for LAST SEEN of a repeated event and adds the host to SOURCE', () => {
    const ev = kevent({ kind: 'Pod', name: 'crash-qm4zt' }, 'BackOff', 'Back-off restarting failed container crash', 0, { type: 'Warning', count: 6, lastTimestamp: 64_000, source: { component: 'kubelet', host: 'kind-control-plane' } })
    const r = printEvent(ev, 72_000)
    expect([r.lastSeen, r.firstSeen, r.count, r.object, r.source]).toEqual(['8s', '72s', '6', 'pod/crash-qm4zt', 'kubelet, kind-control-plane'])
  })

  it('reads the series of a newer-API event', () => {
    const ev = { ...kevent({ kind: 'Pod', name: 'p' }, 'Scheduled', 'x', 0), count: 0, series: { count: 3, lastObservedTime: 10_000 } }
    expect([printEvent(ev, 12_000).lastSeen, printEvent(ev, 12_000).count]).toEqual(['2s', '3'])
  })
})
