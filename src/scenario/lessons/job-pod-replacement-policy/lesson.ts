// podReplacementPolicy (reference/job-controller.md §1.1, §3, quick-check 14): under the default
// TerminatingOrFailed a deleted pod is replaced while it is still terminating; under Failed the
// controller waits until the pod has really failed, so old and new never run side by side.
import { commandOutputMatches, jobStatus, observe, podCount, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'job-replace'

export const lesson: Lesson = {
  id: 'job-pod-replacement-policy',
  title: 'podReplacementPolicy: replace a pod while it terminates, or after',
  summary: 'A pod deleted at 15 s takes 30 s to stop. With TerminatingOrFailed (the default) its replacement starts 10 s later and the two overlap; with Failed the replacement waits until the old pod has failed.',
  scenario,
  text: [
    { text: 'A pod that is being deleted keeps running until it stops: here `sleep 60` under busybox ignores SIGTERM, so it lasts the whole 30 s grace period. `podReplacementPolicy` says when the Job may start its replacement. The default, `TerminatingOrFailed`, counts a terminating pod as failed at once. `Failed` waits until the pod has reached phase Failed. (A Job with a podFailurePolicy always uses `Failed`.)' },
    { at: sec(15), text: 'At 15 s `kubectl delete pod` deletes the Job\'s pod: it shows Terminating. The controller counts it as failed right away (see its decision), so the 10 s recreation backoff starts now.' },
    { at: sec(25), text: 'At 25 s the replacement pod is created, while the old pod is still Terminating: on the timeline the two bars overlap.' },
    { at: sec(35), anchor: 'overlap', text: 'At 35 s `kubectl get pods` lists one Terminating and one Running pod. For a Job whose pods must never run twice at once (a lock, a GPU, a port), that overlap is a problem.' },
    { at: sec(45), text: 'At about 45 s the grace period ends: the old pod is killed (Error) and disappears.' },
    { at: sec(92), anchor: 'complete', text: 'At about 92 s the replacement finishes its 60 s and the Job is Complete 1/1.' },
  ],
  checks: [
    observe('replacement', podCount(JOB, 2)),
    observe('overlap', commandOutputMatches('Terminating[\\s\\S]*Running|Running[\\s\\S]*Terminating', 'get pods'), '`kubectl get pods` lists a Terminating pod and a Running one at the same time'),
    observe('complete', jobStatus(JOB, 'Complete', '1/1')),
  ],
  task: {
    prompt: 'Make the Job wait until a deleted pod has really stopped (failed) before it starts the replacement, so that at 35 s only the terminating pod is listed.',
    start: scenario,
    solution,
    checks: [
      task('sequential', commandOutputMatches('(?<![\\s\\S])(?![\\s\\S]*Running)[\\s\\S]*Terminating', 'get pods'), 'at 35 s `kubectl get pods` lists the terminating pod and no running one'),
      task('replaced-after', podCount(JOB, 2)),
      task('completes', jobStatus(JOB, 'Complete', '1/1')),
    ],
  },
}
