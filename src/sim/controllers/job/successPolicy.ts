// successPolicy for Indexed Jobs (`success_policy.go`, `matchSuccessPolicy`; reference
// §5.3): rules in order, the first that matches declares the Job successful before every index
// has succeeded. Reason `SuccessPolicy`, message `Matched rules at index <i>`.
import type { JobSpec } from '../../api/types'
import { parseIntervals } from './indexes'

export type SuccessRule = NonNullable<JobSpec['successPolicy']>['rules'][number]

export const SUCCESS_POLICY_REASON = 'SuccessPolicy'

/** Index of the first matching rule, or null. Nothing matches before some index succeeded. */
export function matchSuccessPolicy(rules: SuccessRule[] | undefined, completions: number, succeeded: ReadonlySet<number>): number | null {
  if (!rules || succeeded.size === 0) return null
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!
    if (rule.succeededIndexes !== undefined) {
      const wanted = parseIntervals(rule.succeededIndexes, completions)
      // A rule whose indexes cannot be read (or all lie past completions) is skipped.
      if (wanted.size === 0) continue
      let contains = 0
      for (const x of wanted) if (succeeded.has(x)) contains++
      // All listed indexes, or — with succeededCount — at least that many of them.
      if (contains === wanted.size || (rule.succeededCount !== undefined && contains >= rule.succeededCount)) return i
    } else if (rule.succeededCount !== undefined && succeeded.size >= rule.succeededCount) return i
  }
  return null
}

export const successPolicyReason = (ruleIndex: number) => ({ reason: SUCCESS_POLICY_REASON, message: `Matched rules at index ${ruleIndex}` })
