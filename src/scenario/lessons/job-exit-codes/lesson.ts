// Exit codes a Job's podFailurePolicy can see (reference/job-controller.md, podFailurePolicy
// `onExitCodes`): `chaos kill --oom` ends the container the way the kernel's OOM killer does
// (exit 137, reason OOMKilled — STATUS `OOMKilled`), an ordinary failure that counts toward
// backoffLimit; `chaos kill --exit-code 42` matches the FailJob rule, so the Job fails at once
// (FailureTarget, then Failed with reason PodFailurePolicy). The task turns 42 into Ignore.
import { commandOutputMatches, eventNeverSeen, eventSeen, jobStatus, observe, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'job-exit'

export const lesson: Lesson = {
  id: 'job-exit-codes',
  title: 'Exit codes and podFailurePolicy',
  summary: 'Kill the Job\'s container with chaos: an OOM kill (137) counts toward backoffLimit, exit code 42 matches a FailJob rule and ends the Job at once.',
  scenario,
  text: [
    { text: 'The Job runs one pod that works for 90 s. Its podFailurePolicy has one rule: if container `work` exits with code 42, fail the whole Job. The simulator\'s `chaos kill` ends a container\'s process from outside, with the exit code you choose; the kubelet and the Job controller then treat the exit like any other.' },
    { at: sec(10), anchor: 'oom', text: 'At 10 s `chaos kill job/job-exit --oom` plays the kernel\'s OOM killer: exit code 137 (128 + SIGKILL) with reason OOMKilled. The kubelet notices on its next relist; with restartPolicy Never the pod ends Failed, and `kubectl get pods` shows the terminated reason as STATUS: `OOMKilled`.' },
    { at: sec(20), anchor: 'oom-status', text: '137 matches no rule, so it is an ordinary failure: failed 1 of `backoffLimit: 4`, and the next pod comes after the 10 s pod failure backoff.' },
    { at: sec(44), anchor: 'fail-job', text: 'At 40 s the second pod is killed with exit code 42. That matches the FailJob rule: the controller adds FailureTarget at once, whatever backoffLimit says, records PodFailurePolicy ("Container work for pod default/… failed with exit code 42 matching FailJob rule at index 0") and, with no pod left terminating, the Job is Failed.' },
  ],
  checks: [
    observe('oom', commandOutputMatches('^pod/job-exit-\\w{5} container work killed: exit code 137 \\(OOMKilled\\)$', 'chaos kill')),
    observe('oom-status', commandOutputMatches('^job-exit-\\w{5}\\s+0/1\\s+OOMKilled\\s', 'get pods'), 'kubectl get pods shows OOMKilled'),
    observe('fail-job', eventSeen('PodFailurePolicy', 'failed with exit code 42 matching FailJob rule at index 0$')),
    observe('failed', jobStatus(JOB, 'Failed', '0/1')),
  ],
  task: {
    prompt: 'Exit code 42 means "the input was not ready yet": trying again helps. Change the rule\'s action so that exit code 42 does not count as a failure and the pod is simply replaced; the Job should then complete.',
    start: scenario,
    solution,
    checks: [
      task('no-fail-job', eventNeverSeen('PodFailurePolicy')),
      task('one-failure', commandOutputMatches('Pods Statuses:\\s+0 Active \\(0 Ready\\) / 0 Succeeded / 1 Failed', 'describe job'), 'kubectl describe job counts only the OOM kill as failed'),
      task('complete', jobStatus(JOB, 'Complete', '1/1')),
    ],
  },
}
