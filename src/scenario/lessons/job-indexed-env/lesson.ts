// Seed lab "Indexed Job - JOB_COMPLETION_INDEX environment variable".
import { fileLineCount, fileMatches, indexRanOnce, jobStatus, maxPodsRunning, observe, podCount } from '../../checks/build'
import { MESSAGE_TXT, sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'

const JOB = 'demo-job-indexed'

export const lesson: Lesson = {
  id: 'job-indexed-env',
  title: 'Indexed Job: JOB_COMPLETION_INDEX',
  summary: 'completionMode: Indexed gives each pod its own index 0–11 in the JOB_COMPLETION_INDEX variable; each index succeeds exactly once.',
  seedLab: 'Lab: Indexed Job - JOB_COMPLETION_INDEX environment variable',
  scenario,
  text: [
    { text: 'With `completionMode: Indexed` and `completions: 12`, the Job needs one successful pod for each index 0 to 11. Each pod gets its index in the `JOB_COMPLETION_INDEX` environment variable and in its name: `demo-job-indexed-<index>-xxxxx`.' },
    { at: 0, text: 'At 0 s pods for indexes 0, 1 and 2 start (parallelism 3). Each writes "Container Index: N" to message.txt and exits.' },
    { at: sec(6), text: 'From about 6 s the first indexes succeed, and each success lets the controller start the lowest index not yet done, so three pods keep running.' },
    { at: sec(23), anchor: 'complete', text: 'At about 23 s index 11 is done: Complete 12/12, with completed indexes 0-11 (the seed: 26 s). The lines in message.txt may be out of order, because pods finish at slightly different speeds, but each index appears exactly once.' },
  ],
  checks: [
    observe('twelve-pods', podCount(JOB, 12)),
    observe('three-at-a-time', maxPodsRunning(JOB, 3)),
    observe('index-0', indexRanOnce(JOB, 0)),
    observe('index-3', indexRanOnce(JOB, 3)),
    observe('index-11', indexRanOnce(JOB, 11)),
    observe('index-line', fileMatches(MESSAGE_TXT, 'Container Index: 11$')),
    observe('twelve-lines', fileLineCount(MESSAGE_TXT, 12)),
    observe('complete', jobStatus(JOB, 'Complete', '12/12')),
  ],
}
