import { describe, expect, it } from 'vitest'
import { readablePattern } from './readablePattern'

describe('readablePattern', () => {
  it('turns a plain line with anchors, escapes and wildcards into the text it stands for', () => {
    expect(readablePattern('^job\\.batch/hello created$')).toBe('job.batch/hello created')
    expect(readablePattern('^Active Deadline Seconds:\\s+90s$')).toBe('Active Deadline Seconds: 90s')
    expect(readablePattern('^demo-job-suspend\\s+Suspended\\s+0/1')).toBe('demo-job-suspend Suspended 0/1')
    expect(readablePattern('^Container main for pod default/job-exit-codes-\\w{5} failed with exit code 42$')).toBe('Container main for pod default/job-exit-codes-… failed with exit code 42')
    expect(readablePattern('^Pods Statuses:\\s+0 Active \\(0 Ready\\) / 1 Succeeded / 0 Failed$')).toBe('Pods Statuses: 0 Active (0 Ready) / 1 Succeeded / 0 Failed')
    expect(readablePattern('^\\[pod/demo-job-write-\\w+/writer\\] .* Demo Job writer$')).toBe('[pod/demo-job-write-…/writer] … Demo Job writer')
    expect(readablePattern('^kubectl get cronjob$')).toBe('kubectl get cronjob')
    expect(readablePattern('^tick\\s+\\*/1 \\* \\* \\* \\*\\s+<none>')).toBe('tick */1 * * * * <none>')
  })

  it('gives up on patterns with structure, so they are shown as written', () => {
    expect(readablePattern('Terminating[\\s\\S]*Running|Running[\\s\\S]*Terminating')).toBeNull()
    expect(readablePattern('^(?:a|b)$')).toBeNull()
    expect(readablePattern('colou?r')).toBeNull()
    expect(readablePattern('a$b')).toBeNull()
  })
})
