// Seed lab "Job with Completion > parallelism": completions 5, parallelism 2.
import { fileLineCount, jobStatus, maxPodsRunning, observe, podCount, podsAtOnce, task } from '../../checks/build'
import { MESSAGE_TXT, sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'demo-job-completion-lg-parallelism'

export const lesson: Lesson = {
  id: 'job-completions-gt-parallelism',
  title: 'Completions > parallelism: pods in waves',
  summary: 'completions: 5 with parallelism: 2 keeps two pods running and replaces each one that succeeds until five have.',
  seedLab: 'Lab: Job with Completion > parallelism',
  scenario,
  text: [
    { text: 'When `parallelism` is smaller than `completions`, the controller runs at most `parallelism` pods at once and creates a new one each time a pod succeeds, until `completions` pods have succeeded.' },
    { at: 0, text: 'At 0 s two pods are created together. Each writes one line and sleeps 30 s.' },
    { at: sec(40), text: 'At about 40 s both have completed (2/5) and the controller creates the next two.' },
    { at: sec(75), text: 'At about 75 s one of them finishes (3/5) and the fifth and last pod starts; only one more success is needed, so no sixth pod is made.' },
    { at: sec(111), anchor: 'complete', text: 'At about 1m51s the fifth pod succeeds: Complete 5/5 (the seed: about 117 s). Never more than two pods ran at once, and message.txt gained 5 lines, one per pod.' },
  ],
  predict: {
    ask: ['pods', 'status', 'lines', 'end'],
    prompt: 'Five completions, two pods at a time, each pod writes one line and sleeps 30 s. How many pods, how many lines, and when is the Job done?',
  },
  checks: [
    observe('two-at-a-time', maxPodsRunning(JOB, 2)),
    observe('five-pods', podCount(JOB, 5)),
    observe('complete', jobStatus(JOB, 'Complete', '5/5')),
    observe('five-lines', fileLineCount(MESSAGE_TXT, 5)),
  ],
  task: {
    prompt: 'Let the Job run three pods at the same time, still finishing after 5 successes.',
    start: scenario,
    solution,
    checks: [
      task('three-at-once', podsAtOnce(JOB, 3)),
      task('at-most-three', maxPodsRunning(JOB, 3)),
      task('complete-5', jobStatus(JOB, 'Complete', '5/5')),
    ],
  },
}
