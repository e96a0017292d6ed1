// Seed lab "job-completion-index annotation": the index read through the downward API.
import { commandOutputMatches, fileLineCount, indexRanOnce, jobStatus, maxPodsRunning, observe } from '../../checks/build'
import { MESSAGE_TXT, sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'

const JOB = 'demo-job-indexed'

export const lesson: Lesson = {
  id: 'job-indexed-annotation',
  title: 'Indexed Job: the completion-index annotation',
  summary: 'The same index, read from the batch.kubernetes.io/job-completion-index annotation with a fieldRef; one pod at a time writes indexes 0..11 in order.',
  seedLab: 'Lab: job-completion-index annotation',
  scenario,
  text: [
    { text: 'Every pod of an Indexed Job carries its index in the annotation `batch.kubernetes.io/job-completion-index`. The downward API (`fieldRef: metadata.annotations[...]`) copies it into the `INDEX` variable — the older way to read the index, and it still works.' },
    { at: 0, text: 'At 0 s the pod for index 0 starts. With `parallelism: 1`, the next index starts only after the previous one has succeeded.' },
    { at: sec(7), text: 'At about 7 s index 0 has succeeded and the pod for index 1 is created; each pod takes about 4–5 s.' },
    { at: sec(54), anchor: 'complete', text: 'At about 54 s the twelfth pod succeeds: Complete 12/12 (the seed took 68 s). message.txt lists indexes 0 to 11 in order, since the pods ran one by one.' },
    { at: sec(180), anchor: 'name-order', text: 'At 3m `kubectl get pod` lists the 12 Completed pods sorted by name: 0, 1, 10, 11, 2, … — names sort as text, exactly as in the seed.' },
  ],
  checks: [
    observe('one-at-a-time', maxPodsRunning(JOB, 1)),
    observe('index-0', indexRanOnce(JOB, 0)),
    observe('index-11', indexRanOnce(JOB, 11)),
    observe('twelve-lines', fileLineCount(MESSAGE_TXT, 12)),
    observe('complete', jobStatus(JOB, 'Complete', '12/12')),
    observe('name-order', commandOutputMatches('demo-job-indexed-1-\\w+ .*\\n.*demo-job-indexed-10-', 'get pod')),
  ],
}
