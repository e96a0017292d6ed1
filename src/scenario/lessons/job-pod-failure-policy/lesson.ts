// podFailurePolicy (reference/job-controller.md §8): a FailJob rule on an exit code ends the Job
// on the first matching failure; the task turns it into Ignore, which does not count the failure.
import { commandOutputMatches, eventNeverSeen, eventSeen, jobStatus, jobStatusAtEnd, observe, podCount, statusSequence, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'job-exit-codes'

export const lesson: Lesson = {
  id: 'job-pod-failure-policy',
  title: 'podFailurePolicy: decide what an exit code means',
  summary: 'A FailJob rule on exit code 42 fails the Job on the first such failure; an Ignore rule retries the pod without counting the failure.',
  scenario,
  text: [
    { text: 'Without a policy every failed pod counts toward `backoffLimit`. `podFailurePolicy` lets the Job read why a pod failed: its rules are tried in order on each failed pod, and the first match decides. A rule looks at container exit codes (`onExitCodes`, operator `In` or `NotIn`, optionally one `containerName`) or at pod conditions (`onPodConditions`, such as `DisruptionTarget` when a pod is evicted or preempted). Its action is `FailJob`, `Ignore`, `Count` or, with `backoffLimitPerIndex`, `FailIndex`. The policy needs `restartPolicy: Never`, and it switches `podReplacementPolicy` to `Failed`.' },
    { text: 'This pod exits with 42 on its first try (it leaves a marker file on the node, so a second try would succeed). The rule says exit code 42 of container `main` fails the Job.' },
    { at: sec(10), text: 'At about 10 s the container prints "glitch, giving up with 42" and exits: the pod shows Error.' },
    { at: sec(12), anchor: 'failure-target', text: 'At about 12 s the controller matches the failed pod against rule 0 (FailJob): the Job gets FailureTarget and, since no pod is left running, Failed in the same sync. Reason PodFailurePolicy; the message names the container, the pod, the exit code and the rule index, and it is also a Warning event. No second pod is ever created.' },
    { at: sec(60), text: 'At 1 m `kubectl describe job` lists the Warning PodFailurePolicy event with that message.' },
  ],
  checks: [
    observe('one-pod', podCount(JOB, 1)),
    observe('failure-target', statusSequence(JOB, ['Running', 'FailureTarget', 'Failed'])),
    observe('event', eventSeen('PodFailurePolicy', '^Container main for pod default/job-exit-codes-\\w{5} failed with exit code 42 matching FailJob rule at index 0$', `Job/${JOB}`)),
    observe('failed', jobStatusAtEnd(JOB, 'Failed', '0/1')),
    observe('describe', commandOutputMatches('Warning\\s+PodFailurePolicy\\s+\\S+\\s+job-controller\\s+Container main', 'describe job')),
  ],
  task: {
    prompt: 'Exit code 42 is a passing glitch here. Change the rule so that a 42 is retried without counting toward `backoffLimit: 0`, and the Job completes on its second pod.',
    start: scenario,
    solution,
    checks: [
      task('complete', jobStatus(JOB, 'Complete', '1/1')),
      task('two-pods', podCount(JOB, 2)),
      task('no-limit', eventNeverSeen('BackoffLimitExceeded', `Job/${JOB}`)),
      task('no-fail-job', eventNeverSeen('PodFailurePolicy', `Job/${JOB}`)),
    ],
  },
}
