// Seed lab "Lab: Create a suspend jog": created suspended, then resumed, suspended, resumed.
import { commandOutputMatches, eventSeen, jobStatus, observe, podCount, statusSequence } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'

const JOB = 'demo-job-suspend'

export const lesson: Lesson = {
  id: 'job-suspend',
  title: 'Suspend and resume a Job',
  summary: 'spec.suspend: true holds a Job without pods; patching it to false starts it, and suspending again deletes the running pod without counting a failure.',
  seedLab: 'Lab: Create a suspend jog',
  scenario,
  text: [
    { at: 0, text: 'At 0 s the Job is created with `suspend: true`. The controller records a Suspended event ("Job suspended") and creates no pod; at 30 s `kubectl get job` shows STATUS Suspended, COMPLETIONS 0/1 and no DURATION.' },
    { at: sec(60), anchor: 'resumed', text: 'At 60 s `kubectl patch` sets `suspend: false`: event Resumed, and the controller creates the pod right away. The Job is Running.' },
    { at: sec(100), text: 'At 100 s the Job is suspended again while its pod is still sleeping. The controller deletes the pod (SuccessfulDelete) and records Suspended. busybox `sleep` ignores SIGTERM, so the pod stays Terminating until its 60 s sleep ends by itself at about 2m05s, just inside the 30 s grace period.' },
    { at: sec(125), text: 'The controller let go of that pod when it deleted it for the suspension (it removes the tracking finalizer first), so the Job counts it neither as a failure nor as a success: COMPLETIONS stays 0/1.' },
    { at: sec(140), text: 'At 140 s the Job is resumed once more. A new pod starts from scratch (the work of the first one is lost) and sleeps its full 60 s.' },
    { at: sec(207), anchor: 'complete', text: 'At about 3m27s the second pod succeeds: Complete 1/1, failed 0.' },
  ],
  checks: [
    observe('suspended-first', jobStatus(JOB, 'Suspended', '0/1')),
    observe('get-suspended', commandOutputMatches('^demo-job-suspend\\s+Suspended\\s+0/1', '^kubectl get job$')),
    observe('resumed', eventSeen('Resumed', 'Job resumed')),
    observe('suspend-resume', statusSequence(JOB, ['Suspended', 'Running', 'Suspended', 'Running', 'Complete'])),
    observe('not-counted', commandOutputMatches('^demo-job-suspend\\s+Suspended\\s+0/1\\s', 'get job demo-job-suspend'), 'after the second suspension the Job still reads Suspended 0/1'),
    observe('two-pods', podCount(JOB, 2)),
    observe('complete', jobStatus(JOB, 'Complete', '1/1')),
  ],
}
