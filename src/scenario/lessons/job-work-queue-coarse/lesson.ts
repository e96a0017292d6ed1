// A work queue, coarse (the Kubernetes task "Coarse Parallel Processing Using a Work Queue"):
// completions = the number of items, each pod takes exactly one item and exits. The same file
// queue and `mkdir` lock as job-work-queue, so the two lessons differ only in the Job.
import { fileLineCount, jobStatus, maxPodsRunning, observe, podCount, podsAtOnce, task } from '../../checks/build'
import { MESSAGE_TXT, sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'one-per-item'

export const lesson: Lesson = {
  id: 'job-work-queue-coarse',
  title: 'Work queue, one pod per item',
  summary: 'completions: 8 with parallelism: 2 runs eight pods, two at a time, each taking one item from the queue.',
  scenario,
  text: [
    { text: 'The coarse way to use a work queue: you know how many items there are, so `completions` says how many pods must succeed, and each pod takes exactly one item and exits. `parallelism` caps how many work at once. Compare the lesson "Work queue: workers pull until the queue is empty", where the pods loop and the Job never learns the count.' },
    { at: 0, text: 'As there, a one-pod Job fills queue.txt with eight items first, and `kubectl wait` holds the next step until it is complete.' },
    { at: sec(7.3), text: 'At about 7 s `one-per-item` is created: `completions: 8`, `parallelism: 2`, so two pods start. Each takes the first line of queue.txt under the `mkdir` lock, writes it to message.txt and sleeps 7 s.' },
    { at: sec(21.1), anchor: 'first-success', text: 'At about 21 s the first pod has succeeded (1/8) and the controller creates the next one; a second follows a second later. From here on, pods arrive in pairs as earlier ones succeed.' },
    { at: sec(63), anchor: 'complete', text: 'At the end eight pods have run, never more than two at once, and message.txt has eight lines: Complete 8/8. The queue is empty because the number of pods matched the number of items; had there been nine items, one would be left over — the coarse pattern trusts `completions` to be right.' },
  ],
  checks: [
    observe('two-at-a-time', maxPodsRunning(JOB, 2)),
    observe('first-success', jobStatus(JOB, 'Running', '1/8')),
    observe('eight-pods', podCount(JOB, 8)),
    observe('eight-items', fileLineCount(MESSAGE_TXT, 8)),
    observe('queue-drained', fileLineCount('/tmp/data/queue.txt', 0)),
    observe('complete', jobStatus(JOB, 'Complete', '8/8')),
  ],
  task: {
    prompt: 'Work through the same eight items four at a time.',
    start: scenario,
    solution,
    checks: [
      task('four-at-once', podsAtOnce(JOB, 4)),
      task('at-most-four', maxPodsRunning(JOB, 4)),
      task('complete-8', jobStatus(JOB, 'Complete', '8/8')),
    ],
  },
}
