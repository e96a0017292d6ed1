// What a pod's containers had printed by the playhead, in the order they printed it: the trace's
// `log` events for that pod up to `t` (the inspector shows them beside `kubectl describe`).
import type { LogEvent, Trace } from '../../sim/trace/events'

export function podLogsAt(trace: Trace, pod: string, t: number): LogEvent[] {
  const lines: LogEvent[] = []
  for (const e of trace.events) {
    if (e.at > t) break
    if (e.type === 'log' && e.pod === pod) lines.push(e)
  }
  return lines
}
