// successPolicy (reference/job-controller.md §5.1, §5.3): an Indexed Job is done as soon as a
// rule matches its succeeded indexes; the pods still running are deleted and are not failures.
import { commandOutputMatches, eventNeverSeen, jobStatus, jobStatusAtEnd, observe, podCount, statusSequence, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import start from './task.yaml?raw'

const JOB = 'job-leader'

export const lesson: Lesson = {
  id: 'job-success-policy',
  title: 'successPolicy: done when the indexes that matter are done',
  summary: 'A leader (index 0) and two workers that never exit: with successPolicy succeededIndexes "0" the Job succeeds when the leader does, and the workers are stopped.',
  scenario,
  text: [
    { text: 'An Indexed Job normally needs every index to succeed. `successPolicy` (Indexed Jobs only) names what is enough: each rule has `succeededIndexes` (an index list such as "0" or "0-2,5"), `succeededCount`, or both (that many of the listed indexes); the rules are tried in order and the first match wins. Here index 0 is a leader and indexes 1 and 2 are workers that serve it forever.' },
    { at: sec(15), text: 'At about 15 s the leader prints "training done" and exits 0; the workers are still running.' },
    { at: sec(19), anchor: 'criteria-met', text: 'At about 19 s the controller sees index 0 succeeded, which matches rule 0: condition SuccessCriteriaMet, reason SuccessPolicy, message "Matched rules at index 0". In the same sync it deletes the two workers (SuccessfulDelete). They are not counted as failed: the Job succeeded.' },
    { at: sec(50), anchor: 'complete', text: 'The workers ignore SIGTERM (busybox as PID 1), so they stop only when the 30 s grace period ends. At about 50 s none is left and the Job becomes Complete with the same reason and message — COMPLETIONS stays 1/3, and `kubectl describe job` at 2 m shows 1 Succeeded / 0 Failed and Completed Indexes: 0.' },
  ],
  checks: [
    observe('criteria-met', statusSequence(JOB, ['Running', 'SuccessCriteriaMet'])),
    observe('complete', jobStatus(JOB, 'Complete', '1/3')),
    observe('three-pods', podCount(JOB, 3)),
    observe('not-failed', commandOutputMatches('^Pods Statuses:\\s+0 Active \\(0 Ready\\) / 1 Succeeded / 0 Failed$', 'describe job')),
    observe('indexes', commandOutputMatches('^Completed Indexes:\\s+0$', 'describe job')),
  ],
  task: {
    prompt: 'Without a success policy this Job waits an hour for workers that only serve the leader. Add a successPolicy so the Job is complete as soon as index 0 succeeds.',
    start,
    solution: scenario,
    checks: [
      task('early', jobStatusAtEnd(JOB, 'Complete', '1/3')),
      task('no-failure', eventNeverSeen('BackoffLimitExceeded', `Job/${JOB}`)),
    ],
  },
}
