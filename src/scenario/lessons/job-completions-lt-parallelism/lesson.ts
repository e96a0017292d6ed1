// Seed lab "Job with Completion < parallelism": completions 2, parallelism 5.
import { eventSeen, jobStatus, maxPodsRunning, observe, podCount } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'

const JOB = 'demo-job-completion-lt-parallelism'

export const lesson: Lesson = {
  id: 'job-completions-lt-parallelism',
  title: 'Completions < parallelism: never more pods than needed',
  summary: 'completions: 2 with parallelism: 5 creates only two pods, because only two successes are wanted.',
  seedLab: 'Lab: Job with Completion < parallelism',
  scenario,
  text: [
    { text: '`parallelism` is an upper bound, not a target: the controller never runs more pods than the successes it still needs. Here it wants min(2 − 0, 5) = 2 pods.' },
    { at: 0, text: 'At 0 s exactly two pods are created (two SuccessfulCreate events), and no more follow.' },
    { at: sec(40), anchor: 'complete', text: 'At about 40 s both have written their line and slept 30 s: Complete 2/2 (the seed: 39 s).' },
  ],
  checks: [
    observe('two-pods', podCount(JOB, 2)),
    observe('at-most-two', maxPodsRunning(JOB, 2)),
    observe('created', eventSeen('SuccessfulCreate', undefined, `Job/${JOB}`)),
    observe('complete', jobStatus(JOB, 'Complete', '2/2')),
  ],
}
