// The checklist at a playhead time. Pass times are computed once per trace (they do not depend
// on the playhead), so ticking the list while the timeline plays is a comparison per check.
import type { Trace } from '../../sim/trace/events'
import { describeCheck } from './describe'
import { passTime } from './passTime'
import type { Check, CheckResult } from './types'

export interface TimedCheck {
  check: Check
  text: string
  /** Earliest playhead time at which the check is passed, or null if it never passes. */
  passesAt: number | null
}

export function timeChecks(checks: readonly Check[], trace: Trace): TimedCheck[] {
  return checks.map((check) => ({ check, text: describeCheck(check), passesAt: passTime(check.spec, trace) }))
}

export const passedAt = (c: TimedCheck, t: number): boolean => c.passesAt !== null && t >= c.passesAt

/** `checks()` of the page API: every check with whether it is passed at playhead `t`. */
export function checklistAt(timed: readonly TimedCheck[], t: number): CheckResult[] {
  return timed.map((c) => ({ id: c.check.id, text: c.text, kind: c.check.kind, passed: passedAt(c, t) }))
}

/** Convenience for tests and one-off use: is every check passed by the end of the run? */
export function failingChecks(checks: readonly Check[], trace: Trace): TimedCheck[] {
  return timeChecks(checks, trace).filter((c) => !passedAt(c, trace.end))
}
