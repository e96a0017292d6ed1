// Seed lab "Job with parallelism": parallelism 5 and no completions (a work-queue style Job).
import { fileLineCount, jobStatus, observe, podCount, podsAtOnce, statusSequence } from '../../checks/build'
import { MESSAGE_TXT, sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'

const JOB = 'demo-job-parallelism'

export const lesson: Lesson = {
  id: 'job-parallelism',
  title: 'Parallelism: five pods at once',
  summary: 'parallelism: 5 without completions starts five pods together; the Job is complete when one succeeds and the rest finish.',
  seedLab: 'Lab: Job with parallelism',
  scenario,
  text: [
    { text: 'Only `parallelism: 5` is set. Without `completions`, the Job needs one successful pod, but it may run five at the same time. That is why COMPLETIONS reads `0/1 of 5`.' },
    { at: 0, text: 'At 0 s the controller creates all five pods at once. They pull busybox one after another on the single node, so their init containers start a second or two apart.' },
    { at: sec(52), text: 'At about 52 s the first pod completes and the count becomes 1/1 of 5. The Job is not finished yet: with no `completions`, the controller waits until no pod is still running.' },
    { at: sec(59), anchor: 'complete', text: 'At about 59 s the last pods have completed: SuccessCriteriaMet, then Complete 5/1 of 5 — five pods succeeded although one was enough (the seed: Complete 5/1 of 5 at 58 s).' },
    { text: 'message.txt gets 10 new lines: five init lines close together, then five container lines. Lines left by an earlier lab stay there, because a hostPath directory outlives the Job (the seed shows such stale lines).' },
  ],
  checks: [
    observe('five-at-once', podsAtOnce(JOB, 5)),
    observe('five-pods', podCount(JOB, 5)),
    observe('interim-condition', statusSequence(JOB, ['Running', 'SuccessCriteriaMet', 'Complete'])),
    observe('complete', jobStatus(JOB, 'Complete', '5/1 of 5')),
    observe('ten-lines', fileLineCount(MESSAGE_TXT, 10)),
  ],
}
