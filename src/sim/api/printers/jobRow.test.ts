import { describe, expect, it } from 'vitest'
import { printJob } from './jobRow'
import { job, UID } from './testObjects'
import type { JobCondition } from '../types'

// Expected cells: reference §3 (printJob rules and samples) and the seed's `kubectl get job -w`
// rows (`demo-job-parallelism   Running   0/1 of 5`, `SuccessCriteriaMet   4/5   4m21s`,
// `Failed   1/2   4m41s   4m41s`, `Suspended   0/1        4m41s`).
const S = 1000
const cond = (type: JobCondition['type'], status: 'True' | 'False' = 'True'): JobCondition => ({ type, status, lastProbeTime: 0, lastTransitionTime: 0 })
const row = (...a: Parameters<typeof printJob>) => {
  const r = printJob(...a)
  return [r.status, r.completions, r.duration, r.age]
}

describe('printJob', () => {
  it('is Running with an empty DURATION before startTime is set', () => {
    expect(row(job('demo-job-completion', { completions: 5 }), 0)).toEqual(['Running', '0/5', '', '0s'])
  })

  it('prints 0/1 of N when completions is unset and parallelism > 1', () => {
    expect(row(job('demo-job-parallelism', { completions: undefined, parallelism: 5 }, { startTime: 1 * S }), 1 * S)).toEqual(['Running', '0/1 of 5', '0s', '1s'])
    expect(row(job('solo', { completions: null, parallelism: 1 }), 0)[1]).toBe('0/1')
  })

  it('shows SuccessCriteriaMet before Complete, then the finished duration', () => {
    const interim = job('demo-job-completion', { completions: 5 }, { startTime: 0, succeeded: 4, conditions: [cond('SuccessCriteriaMet')] })
    expect(row(interim, 261 * S)).toEqual(['SuccessCriteriaMet', '4/5', '4m21s', '4m21s'])
    const done = job('demo-job-completion', { completions: 5 }, { startTime: 0, completionTime: 261 * S, succeeded: 5, conditions: [cond('SuccessCriteriaMet'), cond('Complete')] })
    expect(row(done, 300 * S)).toEqual(['Complete', '5/5', '4m21s', '5m'])
  })

  it('keeps counting DURATION on a Failed job, which has no completionTime', () => {
    const failed = job('demo-job-fail-deadline', { completions: 2 }, { startTime: 0, succeeded: 1, conditions: [cond('FailureTarget'), cond('Failed')] })
    expect(row(failed, 281 * S)).toEqual(['Failed', '1/2', '4m41s', '4m41s'])
  })

  it('orders Terminating, Suspended, FailureTarget and ignores False conditions', () => {
    const suspended = job('demo-job-suspend', {}, { conditions: [cond('Suspended')] })
    expect(row(suspended, 281 * S)).toEqual(['Suspended', '0/1', '', '4m41s'])
    suspended.metadata.deletionTimestamp = 1
    expect(row(suspended, 0)[0]).toBe('Terminating')
    expect(row(job('j', {}, { conditions: [cond('FailureTarget')] }), 0)[0]).toBe('FailureTarget')
    expect(row(job('j', {}, { conditions: [cond('Complete', 'False')] }), 0)[0]).toBe('Running')
  })

  it('fills the -o wide cells', () => {
    const r = printJob(job('hello'), 0)
    expect([r.containers, r.images, r.selector]).toEqual(['hello', 'busybox', `batch.kubernetes.io/controller-uid=${UID}`])
  })
})
