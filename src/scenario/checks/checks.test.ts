// The check language on small hand-written traces, one rule at a time, so each semantic in
// docs/LESSONS.md ("Check semantics") is pinned by a test that fails if the rule changes.
import { describe, expect, it } from 'vitest'
import { TRACE_SCHEMA, type JobEvent, type PodEvent, type Trace, type TraceEvent } from '../../sim/trace/events'
import {
  checklistAt, commandOutputMatches, describeCheck, eventNeverSeen, eventSeen, fileLineCount, fileMatches, indexRanOnce, jobStatus, jobStatusAtEnd,
  maxPodsRunning, objectDeleted, observe, passTime, podCount, podRestarts, podsAtOnce, podStatusSequence, statusSequence, task, timeChecks,
} from './index'

const pod = (at: number, name: string, status: string, phase: string, extra: Partial<PodEvent> = {}): PodEvent =>
  ({ at, type: 'pod', name, job: 'j', index: null, phase, status, ready: '0/1', restarts: 0, node: 'node-1', ...extra })
const job = (at: number, status: string, completions: string, extra: Partial<JobEvent> = {}): JobEvent =>
  ({ at, type: 'job', name: 'j', status, completions, active: 0, ready: 0, succeeded: 0, failed: 0, terminating: 0, conditions: [], ...extra })
const trace = (events: TraceEvent[], end = Math.max(0, ...events.map((e) => e.at))): Trace =>
  ({ schema: TRACE_SCHEMA, seed: 1, startTime: '2026-01-03T01:46:00.000Z', end, stopped: 'idle', events, files: {} })
const write = (at: number, data: string, append = true): TraceEvent =>
  ({ at, type: 'write', path: '/tmp/data/m.txt', node: 'node-1', pod: 'p', container: 'c', data, append })

// Two pods overlap from 10 s to 20 s; a third starts at 20 s in the same ms the first ends.
const waves = trace([
  job(0, 'Running', '0/3'),
  pod(0, 'a', 'Pending', 'Pending'), pod(1000, 'a', 'Running', 'Running'),
  pod(10_000, 'b', 'Pending', 'Pending'),
  pod(20_000, 'a', 'Completed', 'Succeeded'), pod(20_000, 'c', 'Pending', 'Pending'),
  pod(30_000, 'b', 'Completed', 'Succeeded'), pod(40_000, 'c', 'Completed', 'Succeeded'),
  job(41_000, 'SuccessCriteriaMet', '2/3'), job(41_000, 'Complete', '3/3'),
], 50_000)

describe('pod-count checks', () => {
  it('maxPodsRunning passes when the Job finishes if the limit was never broken, and never otherwise', () => {
    expect(passTime(maxPodsRunning('j', 2), waves)).toBe(41_000)
    expect(passTime(maxPodsRunning('j', 1), waves)).toBeNull()
  })
  it('counts pods after all rows of one millisecond (a replacement is not a third pod)', () => {
    expect(passTime(podsAtOnce('j', 2), waves)).toBe(10_000)
    expect(passTime(podsAtOnce('j', 3), waves)).toBeNull()
  })
  it('podCount is exact and settles when the Job finishes', () => {
    expect(passTime(podCount('j', 3), waves)).toBe(41_000)
    expect(passTime(podCount('j', 2), waves)).toBeNull()
  })
  it('a Job with no pods at all does not satisfy "never more than"', () => {
    expect(passTime(maxPodsRunning('j', 5), trace([job(0, 'Running', '0/1')]))).toBeNull()
  })
  it('deleted pods stop counting even if their last phase was Running', () => {
    const t = trace([pod(0, 'a', 'Running', 'Running'), pod(5, 'a', 'Terminating', 'Running', { deleted: true }), pod(6, 'b', 'Pending', 'Pending')])
    expect(passTime(maxPodsRunning('j', 1), t)).toBe(6)
  })
})

describe('status checks', () => {
  it('jobStatus passes at the first matching row, optionally matching COMPLETIONS', () => {
    expect(passTime(jobStatus('j', 'Complete'), waves)).toBe(41_000)
    expect(passTime(jobStatus('j', 'Complete', '3/3'), waves)).toBe(41_000)
    expect(passTime(jobStatus('j', 'Complete', '2/3'), waves)).toBeNull()
  })
  it('jobStatusAtEnd looks at the final state only, ticked from the row that set it', () => {
    expect(passTime(jobStatusAtEnd('j', 'Complete', '3/3'), waves)).toBe(41_000)
    expect(passTime(jobStatusAtEnd('j', 'Running'), waves)).toBeNull()
    const repeated = trace([job(1, 'Running', '0/1'), job(5, 'Failed', '0/1'), job(6, 'Failed', '0/1'), job(9, 'Failed', '0/1', { deleted: true })])
    expect(passTime(jobStatusAtEnd('j', 'Failed', '0/1'), repeated)).toBe(5)
  })
  it('takes RegExp patterns by their source', () => {
    expect(commandOutputMatches(/^a\.b$/, /logs/)).toEqual({ check: 'commandOutputMatches', pattern: '^a\\.b$', command: 'logs' })
  })
  it('statusSequence needs the order, allows gaps', () => {
    expect(passTime(statusSequence('j', ['Running', 'Complete']), waves)).toBe(41_000)
    expect(passTime(statusSequence('j', ['Complete', 'Running']), waves)).toBeNull()
  })
  it('podStatusSequence is satisfied by one pod, earliest first', () => {
    expect(passTime(podStatusSequence('j', ['Pending', 'Running', 'Completed']), waves)).toBe(20_000)
    expect(passTime(podStatusSequence('j', ['Pending', 'Completed']), waves)).toBe(20_000)
    expect(passTime(podStatusSequence('j', ['Running', 'Pending']), waves)).toBeNull()
  })
  it('podRestarts looks at the RESTARTS column', () => {
    const t = trace([pod(0, 'a', 'Error', 'Running'), pod(9, 'a', 'CrashLoopBackOff', 'Running', { restarts: 2 })])
    expect(passTime(podRestarts('j', 2), t)).toBe(9)
    expect(passTime(podRestarts('j', 3), t)).toBeNull()
  })
})

describe('file checks (as the run leaves the file)', () => {
  it('pass from the last moment the file came to satisfy them', () => {
    const t = trace([write(1, 'one\n'), write(2, 'two\n'), write(3, 'three\n')])
    expect(passTime(fileLineCount('/tmp/data/m.txt', 3), t)).toBe(3)
    // Two lines is a state the file passed through, not where it ended.
    expect(passTime(fileLineCount('/tmp/data/m.txt', 2), t)).toBeNull()
  })
  it('follow overwrites with `>`', () => {
    const t = trace([write(1, 'a\nb\n'), write(2, 'c\n', false), write(3, 'writer02\n', false)])
    expect(passTime(fileLineCount('/tmp/data/m.txt', 1), t)).toBe(2)
    expect(passTime(fileMatches('/tmp/data/m.txt', '^writer02$'), t)).toBe(3)
    expect(passTime(fileMatches('/tmp/data/m.txt', '^a$'), t)).toBeNull()
  })
  it('a file never written has no lines to count', () => {
    expect(passTime(fileLineCount('/tmp/data/m.txt', 0), trace([]))).toBeNull()
  })
})

describe('index, event, command and deletion checks', () => {
  const idx = trace([
    pod(0, 'j-0-a', 'Pending', 'Pending', { index: 0 }), pod(5, 'j-0-a', 'Completed', 'Succeeded', { index: 0 }),
    pod(0, 'j-1-a', 'Pending', 'Pending', { index: 1 }), pod(4, 'j-1-a', 'Error', 'Failed', { index: 1 }),
    pod(6, 'j-1-b', 'Pending', 'Pending', { index: 1 }), pod(9, 'j-1-b', 'Completed', 'Succeeded', { index: 1 }),
  ])
  it('indexRanOnce passes when the index succeeds on its first and only pod', () => {
    expect(passTime(indexRanOnce('j', 0), idx)).toBe(5)
    expect(passTime(indexRanOnce('j', 1), idx)).toBeNull()
    expect(passTime(indexRanOnce('j', 2), idx)).toBeNull()
  })
  const ev = trace([
    { at: 3, type: 'event', object: 'Job/j', eventType: 'Warning', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit', source: 'job-controller', count: 1 },
    { at: 4, type: 'command', startedAt: 4, command: 'kubectl logs job/j', output: 'line one\nhello\n', exitCode: 0 },
    { at: 5, type: 'delete', object: 'Job/j' },
  ], 10)
  it('eventSeen matches reason, message pattern and object', () => {
    expect(passTime(eventSeen('BackoffLimitExceeded'), ev)).toBe(3)
    expect(passTime(eventSeen('BackoffLimitExceeded', 'backoff limit', 'Job/j'), ev)).toBe(3)
    expect(passTime(eventSeen('BackoffLimitExceeded', undefined, 'Job/other'), ev)).toBeNull()
    expect(passTime(eventSeen('DeadlineExceeded'), ev)).toBeNull()
  })
  it('eventNeverSeen is only decided at the end of the run', () => {
    expect(passTime(eventNeverSeen('DeadlineExceeded'), ev)).toBe(10)
    expect(passTime(eventNeverSeen('BackoffLimitExceeded'), ev)).toBeNull()
  })
  it('commandOutputMatches reads outputs line by line (multiline patterns)', () => {
    expect(passTime(commandOutputMatches('^hello$', 'logs'), ev)).toBe(4)
    expect(passTime(commandOutputMatches('^hello$', 'describe'), ev)).toBeNull()
  })
  it('a broken pattern never matches and never throws', () => {
    expect(passTime(commandOutputMatches('(', 'logs'), ev)).toBeNull()
    expect(passTime(fileMatches('/x', '['), ev)).toBeNull()
  })
  it('objectDeleted sees delete events and deleted rows', () => {
    expect(passTime(objectDeleted('Job/j'), ev)).toBe(5)
    expect(passTime(objectDeleted('Pod/a'), trace([pod(7, 'a', 'Completed', 'Succeeded', { deleted: true })]))).toBe(7)
    expect(passTime(objectDeleted('Job/k'), ev)).toBeNull()
  })
})

describe('the checklist at the playhead', () => {
  const checks = [observe('two', maxPodsRunning('j', 2)), observe('seq', podStatusSequence('j', ['Pending', 'Completed'])), task('three', jobStatus('j', 'Complete', '3/3'), 'the Job completes 3 times')]
  it('ticks each check from its pass time on, with its sentence and kind', () => {
    const timed = timeChecks(checks, waves)
    expect(checklistAt(timed, 0).map((c) => c.passed)).toEqual([false, false, false])
    expect(checklistAt(timed, 20_000).map((c) => c.passed)).toEqual([false, true, false])
    expect(checklistAt(timed, 41_000)).toEqual([
      { id: 'two', text: 'never more than 2 pods of j running at once', kind: 'observe', passed: true },
      { id: 'seq', text: 'a pod of j goes Pending → Completed', kind: 'observe', passed: true },
      { id: 'three', text: 'the Job completes 3 times', kind: 'task', passed: true },
    ])
  })
  it('says each check in words', () => {
    expect(describeCheck(observe('x', indexRanOnce('j', 3)))).toBe('index 3 of j ran once')
    expect(describeCheck(observe('x', fileLineCount('/tmp/data/message.txt', 5)))).toBe('message.txt has 5 lines')
    expect(describeCheck(observe('x', maxPodsRunning('j', 2)))).toBe('never more than 2 pods of j running at once')
  })
  it('shows a pattern as the text it stands for where it can, as written where it cannot', () => {
    expect(describeCheck(observe('x', commandOutputMatches(/^job\.batch\/hello created$/, /^kubectl create job/))))
      .toBe('`kubectl create job` prints “job.batch/hello created”')
    expect(describeCheck(observe('x', eventSeen('SuccessfulCreate', /^Created job tick-\d+$/, 'CronJob/tick'))))
      .toBe('event SuccessfulCreate “Created job tick-…” on CronJob/tick is recorded')
    expect(describeCheck(observe('x', fileMatches('/tmp/data/message.txt', /a|b/)))).toBe('message.txt contains /a|b/')
  })
})
