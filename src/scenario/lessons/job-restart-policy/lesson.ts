// Not a seed lab: the two restart policies side by side, both with backoffLimit 2.
import { commandOutputMatches, jobStatusAtEnd, observe, podCount, podRestarts, podStatusSequence } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'

const NEVER = 'demo-job-never'
const ON_FAILURE = 'demo-job-onfailure'

export const lesson: Lesson = {
  id: 'job-restart-policy',
  title: 'restartPolicy: Never vs OnFailure, side by side',
  summary: 'Two identical failing Jobs: Never replaces the failed pod with a new one, OnFailure restarts the container inside the same pod.',
  scenario,
  text: [
    { text: 'Both Jobs run `echo trying; exit 1` with `backoffLimit: 2`. The only difference is the pod template\'s `restartPolicy`. A Job pod may not use Always: it must be Never or OnFailure.' },
    { at: sec(5), text: 'At about 5 s the demo-job-never pod fails: STATUS Error, phase Failed. The pod is finished for good; the Job controller counts one failure and, after a 10 s backoff, creates a new pod (about 15 s).' },
    { at: sec(8), text: 'The demo-job-onfailure pod fails too, but the kubelet restarts its container in the same pod: RESTARTS goes up and the pod shows CrashLoopBackOff while it waits 10 s, then 20 s, between tries.' },
    { at: sec(28), anchor: 'onfailure-failed', text: 'At about 28 s the OnFailure pod has restarted twice, which reaches backoffLimit 2: the controller deletes the pod and the Job is Failed — one pod in all.' },
    { at: sec(41), anchor: 'never-failed', text: 'At about 41 s the third Never pod has failed: 3 failures exceed backoffLimit 2 and that Job is Failed too. Its 3 failed pods stay behind, so `kubectl get pods` at 3m still lists them with STATUS Error — useful for reading their logs, while the OnFailure Job left nothing to inspect.' },
  ],
  predict: {
    ask: ['pods', 'status', 'end'],
    job: NEVER,
    prompt: 'Think about demo-job-never (`restartPolicy: Never`, `backoffLimit: 2`): how many pods will it create before it gives up?',
  },
  checks: [
    observe('never-new-pods', podCount(NEVER, 3)),
    observe('never-error', podStatusSequence(NEVER, ['Pending', 'Error'])),
    observe('onfailure-one-pod', podCount(ON_FAILURE, 1)),
    observe('onfailure-restarts', podRestarts(ON_FAILURE, 2)),
    observe('onfailure-crashloop', podStatusSequence(ON_FAILURE, ['Error', 'CrashLoopBackOff'])),
    observe('never-failed', jobStatusAtEnd(NEVER, 'Failed', '0/1')),
    observe('onfailure-failed', jobStatusAtEnd(ON_FAILURE, 'Failed', '0/1')),
    observe('pods-left', commandOutputMatches('^demo-job-never-\\w+\\s+0/1\\s+Error', 'get pods')),
  ],
}
