// Seed lab "Control Always Failure Job - backoffLimit": restartPolicy OnFailure, command `false`.
import { commandOutputMatches, eventSeen, jobStatus, jobStatusAtEnd, maxPodsRunning, observe, podCount, podRestarts, podStatusSequence, statusSequence, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'demo-job-fails-default-limit'

export const lesson: Lesson = {
  id: 'job-backoff-limit',
  title: 'backoffLimit: when a Job gives up',
  summary: 'A container that always fails is restarted in place (OnFailure) until the restarts reach the default backoffLimit of 6; then the Job fails.',
  seedLab: 'Lab: Control Always Failure Job - backoffLimit',
  scenario,
  text: [
    { text: 'The container runs `false`, which exits with code 1 every time. `backoffLimit` is not set, so it defaults to 6. With `restartPolicy: OnFailure`, the kubelet restarts a failed container inside the same pod, and every restart counts toward the limit.' },
    { at: 0, text: 'At 0 s the controller creates 3 pods (parallelism 3).' },
    { at: sec(5), text: 'From about 5 s each container exits with 1: the pod shows Error, is restarted in place, fails again and goes into CrashLoopBackOff — the kubelet waits 10 s, then 20 s, before the next try (BackOff warnings on the pods).' },
    { at: sec(30), text: 'At about 30 s the three pods have 2 restarts each: 6 restarts reach backoffLimit 6. The controller marks the Job FailureTarget and deletes the 3 pods (SuccessfulDelete) — the seed saw the same about 28 s in.' },
    { at: sec(31), anchor: 'failed', text: 'Once the pods are gone, the Job becomes Failed 0/10 with a Warning BackoffLimitExceeded: "Job has reached the specified backoff limit". `kubectl describe job` at 5m shows Backoff Limit: 6 and the events.' },
  ],
  predict: {
    ask: ['pods', 'status', 'end'],
    prompt: 'The container always fails and `backoffLimit` is not set. How many pods will the Job create, how does it end, and when?',
  },
  checks: [
    observe('three-pods', podCount(JOB, 3)),
    observe('at-most-three', maxPodsRunning(JOB, 3)),
    observe('crashloop', podStatusSequence(JOB, ['Error', 'CrashLoopBackOff'])),
    observe('restarted', podRestarts(JOB, 2)),
    observe('failure-target', statusSequence(JOB, ['Running', 'FailureTarget', 'Failed'])),
    observe('failed', jobStatusAtEnd(JOB, 'Failed', '0/10')),
    observe('backoff-exceeded', eventSeen('BackoffLimitExceeded', 'Job has reached the specified backoff limit', `Job/${JOB}`)),
    observe('describe', commandOutputMatches('^Backoff Limit:\\s+6$', 'describe job')),
  ],
  task: {
    prompt: 'Change the container\'s command so that every pod succeeds and the Job completes all 10 completions.',
    start: scenario,
    solution,
    checks: [
      task('complete', jobStatus(JOB, 'Complete', '10/10')),
      task('ten-pods', podCount(JOB, 10)),
    ],
  },
}
