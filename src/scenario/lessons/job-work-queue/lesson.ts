// A work queue, fine-grained (the Kubernetes task "Fine Parallel Processing Using a Work Queue"):
// parallelism set, completions left unset; the workers pull items until the queue is empty.
// The queue is a file on the shared hostPath volume and a `mkdir` lock, so it runs as written on
// a real single-node cluster too.
import { fileLineCount, jobStatus, maxPodsRunning, observe, podCount, task } from '../../checks/build'
import { MESSAGE_TXT, sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'workers'
const QUEUE_TXT = '/tmp/data/queue.txt'

export const lesson: Lesson = {
  id: 'job-work-queue',
  title: 'Work queue: workers pull until the queue is empty',
  summary: 'parallelism: 3 without completions starts three workers that share a queue; the Job is complete once one succeeds and all have stopped.',
  scenario,
  text: [
    { text: 'A work queue Job sets `parallelism` and leaves `completions` unset. Each pod is a worker: it takes an item, processes it, and takes the next; when the queue is empty it exits 0. The controller never knows how many items there are — it only knows that once any pod has succeeded, the work is ending, so it creates no new pods, and the Job is complete when every pod has stopped.' },
    { at: 0, text: 'First a one-pod Job, `fill-queue`, writes eight items to queue.txt on the shared hostPath volume (see the queue.txt tab of the observer). The next step, `kubectl wait`, holds the terminal until that Job is complete.' },
    { at: sec(7.3), text: 'At about 7 s `workers` is created with `parallelism: 3`: three pods at once. COMPLETIONS reads `0/1 of 3`: with completions unset, one success is enough, out of three workers.' },
    { at: sec(9.7), text: 'From about 10 s each worker takes the first line of queue.txt and rewrites the file without it. Two workers could read the same line at the same moment, so each first creates /data/lock with `mkdir`, which either creates the directory or fails because it exists: only one worker at a time is between `mkdir` and `rm`. Watch queue.txt shrink and message.txt grow.' },
    { at: sec(24.5), anchor: 'queue-drained', text: 'At about 25 s the eighth item is taken and queue.txt is empty. Each worker finds it empty on its next turn, says so in its log and exits 0.' },
    { at: sec(36.1), anchor: 'complete', text: 'At about 36 s the last worker has stopped: Complete `3/1 of 3`. message.txt has eight lines, each item taken exactly once, spread over the three workers.' },
  ],
  checks: [
    observe('three-workers', podCount(JOB, 3)),
    observe('at-most-three', maxPodsRunning(JOB, 3)),
    observe('queue-drained', fileLineCount(QUEUE_TXT, 0)),
    observe('eight-items', fileLineCount(MESSAGE_TXT, 8)),
    observe('complete', jobStatus(JOB, 'Complete', '3/1 of 3')),
  ],
  task: {
    prompt: 'Put twelve items in the queue and let four workers share them.',
    start: scenario,
    solution,
    checks: [
      task('four-workers', podCount(JOB, 4)),
      task('twelve-items', fileLineCount(MESSAGE_TXT, 12)),
      task('complete-4', jobStatus(JOB, 'Complete', '4/1 of 4')),
    ],
  },
}
