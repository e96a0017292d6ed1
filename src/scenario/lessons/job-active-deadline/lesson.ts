// Seed lab "Control Always Failure Job - activeDeadlineSeconds": two 60 s pods, a 90 s deadline.
import { commandOutputMatches, eventNeverSeen, eventSeen, jobStatus, jobStatusAtEnd, observe, podCount, statusSequence, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'demo-job-fail-deadline'

export const lesson: Lesson = {
  id: 'job-active-deadline',
  title: 'activeDeadlineSeconds: a time limit for the whole Job',
  summary: 'Two pods of 60 s each cannot fit in a 90 s deadline: the second pod is stopped at 90 s and the Job fails with DeadlineExceeded.',
  seedLab: 'Lab: Control Always Failure Job - activeDeadlineSeconds',
  scenario,
  text: [
    { text: '`activeDeadlineSeconds: 90` limits the Job as a whole, counted from its start, however many pods it runs and however well they do. Here two pods must each `sleep 60`, one at a time.' },
    { at: 0, text: 'At 0 s the first pod is created; after the image pull it sleeps 60 s.' },
    { at: sec(69), anchor: 'one-done', text: 'At about 69 s it completes (1/2) and the controller creates the second pod (the seed: about 72 s).' },
    { at: sec(90), anchor: 'pod-deleted', text: 'At 90 s the deadline passes. The controller deletes the running pod (SuccessfulDelete) and marks the Job FailureTarget. busybox `sleep` ignores SIGTERM, so the pod stays Terminating for its whole 30 s grace period.' },
    { at: sec(121), anchor: 'deadline-exceeded', text: 'At about 121 s the pod is gone and the Job is Failed 1/2 with a Warning DeadlineExceeded: "Job was active longer than specified deadline" (the seed: about 124 s).' },
  ],
  checks: [
    observe('two-pods', podCount(JOB, 2)),
    observe('one-done', jobStatus(JOB, 'Running', '1/2')),
    observe('pod-deleted', eventSeen('SuccessfulDelete', undefined, `Job/${JOB}`)),
    observe('failure-target', statusSequence(JOB, ['Running', 'FailureTarget', 'Failed'])),
    observe('deadline-exceeded', eventSeen('DeadlineExceeded', 'Job was active longer than specified deadline')),
    observe('failed', jobStatusAtEnd(JOB, 'Failed', '1/2')),
    observe('describe', commandOutputMatches('^Active Deadline Seconds:\\s+90s$', 'describe job')),
  ],
  task: {
    prompt: 'Give the Job a deadline that both pods fit in, so it completes 2/2.',
    start: scenario,
    solution,
    checks: [
      task('complete', jobStatus(JOB, 'Complete', '2/2')),
      task('no-deadline', eventNeverSeen('DeadlineExceeded')),
    ],
  },
}
