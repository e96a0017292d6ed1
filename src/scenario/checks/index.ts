// The check language: types, constructors, sentences and evaluation over a trace.
export * from './build'
export { describeCheck, describeSpec } from './describe'
export { checklistAt, failingChecks, passedAt, timeChecks, type TimedCheck } from './evaluate'
export { passTime } from './passTime'
export type { Check, CheckKind, CheckResult, CheckSpec } from './types'
