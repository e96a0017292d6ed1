// Not a seed lab, but the seed lists the field: ttlSecondsAfterFinished cleans up finished Jobs.
import { commandOutputMatches, jobStatus, objectDeleted, observe, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'
import start from './task.yaml?raw'

const JOB = 'demo-job-ttl'

export const lesson: Lesson = {
  id: 'job-ttl',
  title: 'ttlSecondsAfterFinished: finished Jobs clean themselves up',
  summary: 'With ttlSecondsAfterFinished: 30 the TTL controller deletes the Job, and its pods with it, 30 s after it finished.',
  scenario,
  text: [
    { text: 'Finished Jobs and their pods stay in the API until someone deletes them. `ttlSecondsAfterFinished` hands that to the TTL-after-finished controller: it deletes the Job that many seconds after it completed or failed, and the garbage collector then deletes the Job\'s pods.' },
    { at: sec(19), anchor: 'complete', text: 'At about 19 s the pod has printed "done" and slept 10 s: the Job is Complete 1/1.' },
    { at: sec(30), text: 'At 30 s `kubectl get job,pod` still lists the Job and its Completed pod.' },
    { at: sec(49), anchor: 'deleted', text: 'At about 49 s — 30 s after completion — the Job and its pod disappear, and at 90 s `kubectl get job,pod` finds nothing.' },
  ],
  checks: [
    observe('complete', jobStatus(JOB, 'Complete', '1/1')),
    observe('still-there', commandOutputMatches('^job\\.batch/demo-job-ttl\\s+Complete', 'get job,pod')),
    observe('deleted', objectDeleted(`Job/${JOB}`)),
    observe('nothing-left', commandOutputMatches('^No resources found in default namespace\\.$', 'get job,pod')),
  ],
  task: {
    prompt: 'This Job has no TTL, so it stays forever. Make it delete itself 10 s after it finishes.',
    start,
    solution,
    checks: [
      task('self-deleted', objectDeleted(`Job/${JOB}`)),
      task('get-finds-nothing', commandOutputMatches('^No resources found in default namespace\\.$', 'get job,pod'), 'kubectl get job,pod finds nothing'),
    ],
  },
}
