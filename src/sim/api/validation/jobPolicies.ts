// Job policies: `validatePodFailurePolicy`, `validatePodFailurePolicyRule*`, `validateSuccessPolicy*`,
// `validatePodReplacementPolicy` and `validateIndexesFormat` (pkg/apis/batch/validation/validation.go).
import type { JobSpec, PodFailurePolicyRule } from '../types'
import { duplicate, invalid, notSupported, required, tooLong, tooMany, type FieldError } from './fieldError'
import { goQuote, goQuoteList } from './goFormat'
import { isQualifiedName } from './names'

const ACTIONS = ['Count', 'FailIndex', 'FailJob', 'Ignore']
const EXIT_OPERATORS = ['In', 'NotIn']
const CONDITION_STATUSES = ['False', 'True', 'Unknown']

function validateOnExitCodes(req: NonNullable<PodFailurePolicyRule['onExitCodes']>, path: string, containers: ReadonlySet<string>): FieldError[] {
  const errs: FieldError[] = []
  const op: string = req.operator ?? ''
  if (!op) errs.push(required(`${path}.operator`, `valid values: ${goQuoteList(EXIT_OPERATORS)}`))
  else if (!EXIT_OPERATORS.includes(op)) errs.push(notSupported(`${path}.operator`, op, EXIT_OPERATORS))
  if (req.containerName !== undefined && !containers.has(req.containerName)) {
    errs.push(invalid(`${path}.containerName`, req.containerName, 'must be one of the container or initContainer names in the pod template'))
  }
  const values = req.values
  if (!values || values.length === 0) errs.push(invalid(`${path}.values`, values ?? null, 'at least one value is required'))
  else if (values.length > 255) errs.push(tooMany(`${path}.values`, values.length, 255))
  const seen = new Set<number>()
  let ordered = true
  ;(values ?? []).forEach((v, j) => {
    if (op === 'In' && v === 0) errs.push(invalid(`${path}.values[${j}]`, v, 'must not be 0 for the In operator'))
    if (seen.has(v)) errs.push(duplicate(`${path}.values[${j}]`, v))
    else seen.add(v)
    if (j > 0 && (values?.[j - 1] ?? 0) > v) ordered = false
  })
  if (!ordered) errs.push(invalid(`${path}.values`, values, 'must be ordered'))
  return errs
}

function validateRule(spec: JobSpec, rule: PodFailurePolicyRule, path: string, containers: ReadonlySet<string>): FieldError[] {
  const errs: FieldError[] = []
  const action: string = rule.action ?? ''
  if (!action) errs.push(required(`${path}.action`, `valid values: ${goQuoteList(ACTIONS)}`))
  else if (action === 'FailIndex') {
    if (spec.backoffLimitPerIndex === undefined) errs.push(invalid(`${path}.action`, action, 'requires the backoffLimitPerIndex to be set'))
  } else if (!ACTIONS.includes(action)) errs.push(notSupported(`${path}.action`, action, ACTIONS))
  if (rule.onExitCodes) errs.push(...validateOnExitCodes(rule.onExitCodes, `${path}.onExitCodes`, containers))
  const patterns = rule.onPodConditions ?? []
  if (patterns.length > 0) {
    const pp = `${path}.onPodConditions`
    if (patterns.length > 20) errs.push(tooMany(pp, patterns.length, 20))
    patterns.forEach((pat, j) => {
      errs.push(...isQualifiedName(pat.type ?? '').map((m) => invalid(`${pp}[${j}].type`, pat.type ?? '', m)))
      const st = pat.status ?? ''
      if (!st) errs.push(required(`${pp}[${j}].status`, `valid values: ${goQuoteList(CONDITION_STATUSES)}`))
      else if (!CONDITION_STATUSES.includes(st)) errs.push(notSupported(`${pp}[${j}].status`, st, CONDITION_STATUSES))
    })
  }
  if (rule.onExitCodes && patterns.length > 0) errs.push(invalid(path, undefined, 'specifying both OnExitCodes and OnPodConditions is not supported'))
  if (!rule.onExitCodes && patterns.length === 0) errs.push(invalid(path, undefined, 'specifying one of OnExitCodes and OnPodConditions is required'))
  return errs
}

/** `validatePodFailurePolicy`. */
export function validatePodFailurePolicy(spec: JobSpec, path: string): FieldError[] {
  const rules = spec.podFailurePolicy?.rules ?? []
  const errs: FieldError[] = []
  if (rules.length > 20) errs.push(tooMany(`${path}.rules`, rules.length, 20))
  const names = new Set([...(spec.template.spec.containers ?? []), ...(spec.template.spec.initContainers ?? [])].map((c) => c.name))
  rules.forEach((r, i) => errs.push(...validateRule(spec, r, `${path}.rules[${i}]`, names)))
  return errs
}

/** `validateIndexesFormat`: ordered intervals like `0,2-4`; returns the count of indexes or an error text. */
export function parseIndexes(s: string, completions: number): number | string {
  if (s.length === 0) return 0
  let last: number | undefined
  let total = 0
  const parse = (x: string): number | undefined => (/^[+-]?\d+$/.test(x) && Math.abs(Number(x)) <= 2147483647 ? Number(x) : undefined)
  for (const interval of s.split(',')) {
    const parts = interval.split('-')
    if (parts.length > 2) return `the fragment ${goQuote(interval)} violates the requirement that an index interval can have at most two parts separated by '-'`
    for (const [k, raw] of parts.entries()) {
      const n = parse(raw)
      if (n === undefined) return `cannot convert string to integer for index: ${goQuote(raw)}`
      if (n >= completions) return `too large index: ${goQuote(raw)}`
      if (last !== undefined && last >= n) return `non-increasing order, previous: ${last}, current: ${n}`
      total += k === 0 ? 1 : n - (last ?? 0)
      last = n
    }
  }
  return total
}

/** `validateSuccessPolicy` (the caller has checked the Job is Indexed). */
export function validateSuccessPolicy(spec: JobSpec, path: string): FieldError[] {
  const rules = spec.successPolicy?.rules ?? []
  const completions = spec.completions ?? 0
  const errs: FieldError[] = []
  if (rules.length === 0) errs.push(required(`${path}.rules`, 'at least one rules must be specified when the successPolicy is specified'))
  if (rules.length > 20) errs.push(tooMany(`${path}.rules`, rules.length, 20))
  rules.forEach((rule, i) => {
    const p = `${path}.rules[${i}]`
    if (rule.succeededCount === undefined && rule.succeededIndexes === undefined) errs.push(required(p, 'at least one of succeededCount or succeededIndexes must be specified'))
    let total = 0
    if (rule.succeededIndexes !== undefined) {
      if (rule.succeededIndexes.length > 64 * 1024) errs.push(tooLong(`${p}.succeededIndexes`, 64 * 1024))
      const parsed = parseIndexes(rule.succeededIndexes, completions)
      if (typeof parsed === 'string') errs.push(invalid(`${p}.succeededIndexes`, rule.succeededIndexes, `error parsing succeededIndexes: ${parsed}`))
      else total = parsed
    }
    const count = rule.succeededCount
    if (count !== undefined) {
      if (count < 0) errs.push(invalid(`${p}.succeededCount`, count, 'must be greater than or equal to 0'))
      if (count > completions) errs.push(invalid(`${p}.succeededCount`, count, `must be less than or equal to ${completions} (the number of specified completions)`))
      if (rule.succeededIndexes !== undefined && count > total) errs.push(invalid(`${p}.succeededCount`, count, `must be less than or equal to ${total} (the number of indexes in the specified succeededIndexes field)`))
    }
  })
  return errs
}

/** `validatePodReplacementPolicy`: only `Failed` when a podFailurePolicy is set. */
export function validatePodReplacementPolicy(spec: JobSpec, path: string): FieldError[] {
  const p: string | undefined = spec.podReplacementPolicy
  if (p === undefined) return []
  if (spec.podFailurePolicy) return p === 'Failed' ? [] : [notSupported(path, p, ['Failed'])]
  return p === 'Failed' || p === 'TerminatingOrFailed' ? [] : [notSupported(path, p, ['Failed', 'TerminatingOrFailed'])]
}
