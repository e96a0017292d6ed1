import { describe, expect, it } from 'vitest'
import { errorText } from './fieldError'
import { createdJob, jobYaml } from './fixtures'
import { formatInvalid } from './format'
import { validateJobCreate } from './job'

const causes = (raw: unknown): string[] => validateJobCreate(createdJob(raw)).map(errorText)

// Every expected line below is a row of reference/job-controller.md §2.2 ("Create-time rules"),
// with <field>/N/X filled in.
describe('validateJobCreate: the §2.2 table', () => {
  it('accepts the seed labs\' Jobs', () => {
    expect(causes(jobYaml('demo-job'))).toEqual([])
    expect(causes(jobYaml('demo-job-indexed', { completions: 12, parallelism: 1, completionMode: 'Indexed' }, { restartPolicy: 'OnFailure' }))).toEqual([])
  })

  it('requires a restartPolicy, which defaulting turned into Always', () => {
    const line = 'spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'
    expect(causes(jobYaml('x', {}, { restartPolicy: undefined }))).toEqual([line])
    expect(causes(jobYaml('x', {}, { restartPolicy: 'Always' }))).toEqual([line])
    expect(formatInvalid('Job', 'x', validateJobCreate(createdJob(jobYaml('x', {}, { restartPolicy: undefined })))))
      .toBe(`The Job "x" is invalid: ${line}`)
  })

  it('rejects another restartPolicy twice: in the pod spec and for Jobs', () => {
    const c = causes(jobYaml('x', {}, { restartPolicy: 'Sometimes' }))
    expect(c).toContain('spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "OnFailure", "Never"')
    // validateRestartPolicy (core validation) lists all three pod restart policies.
    expect(c).toContain('spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"')
  })

  it('allows only Never with a podFailurePolicy', () => {
    const pfp = { podFailurePolicy: { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }] } }
    expect(causes(jobYaml('x', pfp, { restartPolicy: 'OnFailure' })))
      .toEqual(['spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified'])
    expect(causes(jobYaml('x', pfp))).toEqual([])
  })

  it('rejects negative numbers', () => {
    for (const field of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished']) {
      expect(causes(jobYaml('x', { [field]: -1 }))).toEqual([`spec.${field}: Invalid value: -1: must be greater than or equal to 0`])
    }
    const indexed = { completionMode: 'Indexed', completions: 3 }
    expect(causes(jobYaml('x', { ...indexed, backoffLimitPerIndex: -1 }))).toEqual(['spec.backoffLimitPerIndex: Invalid value: -1: must be greater than or equal to 0'])
    expect(causes(jobYaml('x', { ...indexed, backoffLimitPerIndex: 1, maxFailedIndexes: -1 }))).toEqual(['spec.maxFailedIndexes: Invalid value: -1: must be greater than or equal to 0'])
  })

  it('needs completions for Indexed Jobs and caps their parallelism', () => {
    expect(causes(jobYaml('x', { completionMode: 'Indexed', parallelism: 2 }))).toEqual(['spec.completions: Required value: when completion mode is Indexed'])
    expect(causes(jobYaml('x', { completionMode: 'Indexed', completions: 3, parallelism: 100001 })))
      .toEqual(['spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed'])
  })

  it('rejects an unknown completionMode', () => {
    expect(causes(jobYaml('x', { completionMode: 'X' }))).toEqual(['spec.completionMode: Unsupported value: "X": supported values: "NonIndexed", "Indexed"'])
  })

  it('keeps per-index limits to Indexed Jobs', () => {
    expect(causes(jobYaml('x', { backoffLimitPerIndex: 1 }))).toEqual(['spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode'])
    expect(causes(jobYaml('x', { backoffLimitPerIndex: 1, maxFailedIndexes: 2 }))).toEqual([
      'spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode',
      'spec.maxFailedIndexes: Invalid value: 2: requires indexed completion mode',
    ])
    expect(causes(jobYaml('x', { completionMode: 'Indexed', completions: 3, maxFailedIndexes: 1 })))
      .toEqual(['spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified'])
    expect(causes(jobYaml('x', { completionMode: 'Indexed', completions: 3, backoffLimitPerIndex: 1, maxFailedIndexes: 5 })))
      .toEqual(['spec.maxFailedIndexes: Invalid value: 5: must be less than or equal to completions'])
  })

  it('keeps successPolicy to Indexed Jobs', () => {
    const c = causes(jobYaml('x', { successPolicy: { rules: [{ succeededCount: 1 }] } }))
    expect(c).toHaveLength(1)
    expect(c[0]).toMatch(/^spec\.successPolicy: Invalid value: .*: requires indexed completion mode$/)
  })

  it('forces podReplacementPolicy Failed with a podFailurePolicy', () => {
    const spec = { podReplacementPolicy: 'TerminatingOrFailed', podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] } }
    expect(causes(jobYaml('x', spec))).toEqual(['spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed": supported values: "Failed"'])
  })

  it('needs <name>-<completions-1> to be a DNS label for Indexed Jobs', () => {
    const name = 'a'.repeat(62)
    expect(causes(jobYaml(name, { completionMode: 'Indexed', completions: 10 })))
      .toEqual([`metadata.name: Invalid value: "${name}": will not able to create pod with invalid DNS label: ${name}-9`])
    expect(causes(jobYaml('a'.repeat(61), { completionMode: 'Indexed', completions: 10 }))).toEqual([])
  })

  it('needs containers, and an image in each', () => {
    expect(causes(jobYaml('x', {}, { containers: [] }))).toEqual(['spec.template.spec.containers: Required value'])
    expect(causes(jobYaml('x', {}, { containers: [{ name: 'c' }] }))).toEqual(['spec.template.spec.containers[0].image: Required value'])
  })

  it('needs a selector with manualSelector, matching the template labels', () => {
    const c = causes(jobYaml('x', { manualSelector: true }))
    expect(c[0]).toBe('spec.selector: Required value')
    const mismatch = causes({ ...jobYaml('x', { manualSelector: true, selector: { matchLabels: { app: 'a' } } }) })
    expect(mismatch).toHaveLength(1)
    expect(mismatch[0]).toMatch(/^spec\.template\.metadata\.labels: Invalid value: .*: `selector` does not match template `labels`$/)
  })
})

describe('validateJobCreate: other checks', () => {
  it('needs a DNS-subdomain name, and job names over 63 characters break the job-name label', () => {
    expect(causes(jobYaml('Demo'))[0]).toMatch(/^metadata\.name: Invalid value: "Demo": a lowercase RFC 1123 subdomain/)
    // reference §2.2: "Because the generated job-name label value is capped at 63 chars, names longer than 63 fail label validation."
    const long = 'a'.repeat(64)
    // Both generated job-name labels fail with the same text; the Job itself had no labels yet.
    expect(causes(jobYaml(long))).toEqual([
      `spec.template.labels: Invalid value: "${long}": must be no more than 63 characters`,
      `spec.template.labels: Invalid value: "${long}": must be no more than 63 characters`,
    ])
  })

  it('checks podFailurePolicy rules (FailIndex, exit codes, one requirement per rule)', () => {
    const rule = (r: Record<string, unknown>) => jobYaml('x', { podFailurePolicy: { rules: [r] } })
    expect(causes(rule({ action: 'FailIndex', onExitCodes: { operator: 'In', values: [1] } })))
      .toEqual(['spec.podFailurePolicy.rules[0].action: Invalid value: "FailIndex": requires the backoffLimitPerIndex to be set'])
    expect(causes(rule({ action: 'FailJob', onExitCodes: { operator: 'In', values: [0, 2, 1, 1] } }))).toEqual([
      'spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator',
      'spec.podFailurePolicy.rules[0].onExitCodes.values[3]: Duplicate value: 1',
      'spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: [0,2,1,1]: must be ordered',
    ])
    expect(causes(rule({ action: 'Ignore' }))).toEqual(['spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required'])
    expect(causes(rule({ action: 'Ignore', onExitCodes: { containerName: 'nope', operator: 'In', values: [1] } })))
      .toEqual(['spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: "nope": must be one of the container or initContainer names in the pod template'])
    expect(causes(rule({ onExitCodes: { operator: 'In', values: [1] } })))
      .toEqual(['spec.podFailurePolicy.rules[0].action: Required value: valid values: ["Count" "FailIndex" "FailJob" "Ignore"]'])
  })

  it('checks successPolicy rules against completions', () => {
    const sp = (rules: unknown[]) => jobYaml('x', { completionMode: 'Indexed', completions: 3, successPolicy: { rules } })
    expect(causes(sp([{ succeededIndexes: '0-1', succeededCount: 2 }]))).toEqual([])
    expect(causes(sp([{ succeededCount: 5 }]))).toEqual(['spec.successPolicy.rules[0].succeededCount: Invalid value: 5: must be less than or equal to 3 (the number of specified completions)'])
    expect(causes(sp([{ succeededIndexes: '2,1' }]))).toEqual(['spec.successPolicy.rules[0].succeededIndexes: Invalid value: "2,1": error parsing succeededIndexes: non-increasing order, previous: 2, current: 1'])
    expect(causes(sp([{}]))).toEqual(['spec.successPolicy.rules[0]: Required value: at least one of succeededCount or succeededIndexes must be specified'])
  })
})
