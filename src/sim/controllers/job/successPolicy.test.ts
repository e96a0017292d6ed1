// successPolicy against reference/job-controller.md §5.1, §5.3 and upstream `success_policy.go`.
import { describe, expect, it } from 'vitest'
import { matchSuccessPolicy } from './successPolicy'
import { harness } from './testing'

describe('matchSuccessPolicy', () => {
  const done = (...i: number[]) => new Set(i)
  it('succeededIndexes alone: every listed index must have succeeded', () => {
    expect(matchSuccessPolicy([{ succeededIndexes: '0,2' }], 5, done(0, 1))).toBeNull()
    expect(matchSuccessPolicy([{ succeededIndexes: '0,2' }], 5, done(0, 2))).toBe(0)
    expect(matchSuccessPolicy([{ succeededIndexes: '1-3' }], 5, done(1, 2, 3))).toBe(0)
  })
  it('succeededIndexes with succeededCount: that many of the listed ones', () => {
    expect(matchSuccessPolicy([{ succeededIndexes: '0-4', succeededCount: 2 }], 5, done(1))).toBeNull()
    expect(matchSuccessPolicy([{ succeededIndexes: '0-4', succeededCount: 2 }], 5, done(1, 3))).toBe(0)
    // Indexes outside the list do not help.
    expect(matchSuccessPolicy([{ succeededIndexes: '0-1', succeededCount: 2 }], 5, done(1, 3))).toBeNull()
  })
  it('succeededCount alone: any indexes', () => {
    expect(matchSuccessPolicy([{ succeededCount: 3 }], 5, done(0, 4))).toBeNull()
    expect(matchSuccessPolicy([{ succeededCount: 3 }], 5, done(0, 2, 4))).toBe(0)
  })
  it('rules in order, first match wins; nothing matches before any index succeeded', () => {
    expect(matchSuccessPolicy([{ succeededIndexes: '9' }, { succeededCount: 1 }], 5, done(2))).toBe(1)
    expect(matchSuccessPolicy([{ succeededCount: 0 }], 5, done())).toBeNull()
  })
})

describe('successPolicy in a sync', () => {
  const WHY = { reason: 'SuccessPolicy', message: 'Matched rules at index 0' }

  it('SuccessCriteriaMet as soon as a rule matches; the lingering pods are deleted and not counted as failed', () => {
    const h = harness({ mode: 'Indexed', parallelism: 3, completions: 3, spec: { successPolicy: { rules: [{ succeededIndexes: '0' }] } } })
    h.addPods({ phase: 'Succeeded', index: 0 }, { phase: 'Running', index: 1 }, { phase: 'Running', index: 2 })
    const r = h.sync()
    expect(r.deleted).toHaveLength(2)
    expect(h.conditions()).toEqual([{ type: 'SuccessCriteriaMet', status: 'True', ...WHY }])
    expect(h.status()).toEqual({ active: 0, ready: 0, terminating: 2, succeeded: 1, failed: 0 })
    expect(h.job.status.completedIndexes).toBe('0')
    expect(h.job.status.completionTime).toBeUndefined()
    expect(h.events().map((e) => e.reason)).toEqual(['SuccessfulDelete', 'SuccessfulDelete'])
  })

  it('Complete, with the same reason and message, once no pod is terminating; completionTime and the Completed event', () => {
    const h = harness({ mode: 'Indexed', parallelism: 3, completions: 3, spec: { successPolicy: { rules: [{ succeededIndexes: '0' }] } } })
    h.addPods({ phase: 'Succeeded', index: 0 }, { phase: 'Running', index: 1 })
    const r = h.sync()
    // The deleted pod stops (killed, exit 137): still no failure.
    for (const p of r.deleted) p.status.phase = 'Failed'
    h.sync()
    expect(h.conditions()).toEqual([{ type: 'SuccessCriteriaMet', status: 'True', ...WHY }, { type: 'Complete', status: 'True', ...WHY }])
    expect(h.status()).toMatchObject({ succeeded: 1, failed: 0 })
    expect(h.job.status.completionTime).toBeDefined()
    expect(h.events().at(-1)).toMatchObject({ type: 'Normal', reason: 'Completed', message: 'Job completed' })
  })

  it('records the decision with the rule and the counts', () => {
    const h = harness({ mode: 'Indexed', parallelism: 4, completions: 4, spec: { successPolicy: { rules: [{ succeededIndexes: '3' }, { succeededCount: 2 }] } } })
    h.addPods({ phase: 'Succeeded', index: 0 }, { phase: 'Succeeded', index: 1 }, { phase: 'Running', index: 2 })
    h.sync()
    expect(h.conditions()[0]).toMatchObject({ reason: 'SuccessPolicy', message: 'Matched rules at index 1' })
    const d = h.cluster.trace.events.find((e) => e.type === 'decision' && e.rule === 'job.success-policy')
    expect(d).toMatchObject({ values: { rule: 1, succeededIndexes: 2, completions: 4, succeededCount: 2 } })
  })

  it('without a match the Job runs on as usual', () => {
    const h = harness({ mode: 'Indexed', parallelism: 2, completions: 3, spec: { successPolicy: { rules: [{ succeededIndexes: '1' }] } } })
    h.addPods({ phase: 'Succeeded', index: 0 }, { phase: 'Running', index: 1 })
    const r = h.sync()
    expect(r.created).toHaveLength(1)
    expect(h.conditions()).toEqual([])
  })
})
