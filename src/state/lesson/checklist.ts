// What the checklist shows at the playhead. A pure function of two store fields, so components
// memoise on them and the page API calls it directly.
import { checklistAt, type CheckResult, type TimedCheck } from '../../scenario/checks'

export const checklist = (timed: readonly TimedCheck[], time: number): CheckResult[] => checklistAt(timed, time)

/** Ids passed at the playhead: the learner has now seen them pass. */
export const passedIds = (timed: readonly TimedCheck[], time: number): string[] => checklist(timed, time).filter((c) => c.passed).map((c) => c.id)
