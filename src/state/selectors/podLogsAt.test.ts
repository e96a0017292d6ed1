import { describe, expect, it } from 'vitest'
import type { Trace } from '../../sim/trace/events'
import { podLogsAt } from './podLogsAt'

const log = (at: number, pod: string, container: string, text: string) => ({ at, type: 'log' as const, pod, container, stream: 'stdout' as const, text })
const trace = {
  events: [log(1000, 'a', 'init', 'first'), log(2000, 'b', 'c', 'other pod'), log(3000, 'a', 'main', 'second'), log(9000, 'a', 'main', 'later')],
} as unknown as Trace

describe('podLogsAt', () => {
  it("keeps one pod's lines printed by the playhead, in order", () => {
    expect(podLogsAt(trace, 'a', 3000).map((l) => l.text)).toEqual(['first', 'second'])
    expect(podLogsAt(trace, 'a', 999)).toEqual([])
    expect(podLogsAt(trace, 'a', 60_000).map((l) => `${l.container}: ${l.text}`)).toEqual(['init: first', 'main: second', 'main: later'])
  })
})
