// What every controller is given: the clock, the API, the event recorder, the trace, the
// timing model and its own stream of randomness.
import type { ApiServer } from '../api/apiServer'
import type { EventRecorder } from '../api/eventRecorder'
import type { Kernel } from '../kernel/kernel'
import type { Rng } from '../kernel/rng'
import type { TimingModel } from '../timing'
import type { DecisionEvent } from '../trace/events'
import type { TraceRecorder } from '../trace/recorder'

export interface ControllerContext {
  kernel: Kernel
  api: ApiServer
  events: EventRecorder
  trace: TraceRecorder
  timing: TimingModel
  rng: Rng
}

/** Records why something happened (DESIGN §4.2 `decision`). */
export function decide(
  ctx: ControllerContext,
  controller: DecisionEvent['controller'],
  object: string,
  rule: string,
  text: string,
  values?: DecisionEvent['values'],
): void {
  // Built with `at` first and pushed as it is (no spread copies): a 10,000-pod Job records
  // several decisions per pod.
  const e: DecisionEvent = { at: ctx.trace.time(), type: 'decision', controller, object, rule, text }
  if (values) e.values = values
  ctx.trace.push(e)
}

/** `1st`, `2nd`, `3rd`, `11th`… for decision sentences. */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'
  return `${n}${s}`
}

/** Seconds for sentences: `20s`, `1.5s`, `4m21s`. */
export function secs(ms: number): string {
  const s = ms / 1000
  if (s < 120) return `${Number.isInteger(s) ? s : s.toFixed(1)}s`
  const m = Math.floor(s / 60)
  const r = Math.round(s - m * 60)
  return r ? `${m}m${r}s` : `${m}m`
}
