// Seed lab "Lab: Job init container". DESIGN §1: where the seed's recording and its YAML
// disagree, the YAML's real semantics win and the lesson says so. As written, the init
// containers do not mount the volume, so they cannot write /data/message.txt.
import { commandOutputMatches, eventSeen, fileLineCount, fileMatches, jobStatus, jobStatusAtEnd, observe, podCount, podStatusSequence, task } from '../../checks/build'
import { MESSAGE_TXT, sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'demo-job-write-init'

export const lesson: Lesson = {
  id: 'job-init-containers',
  title: 'Init containers: the seed\'s YAML fails, and why',
  summary: 'Two init containers run one after the other before two regular containers — but as written they never mount /data, so the first one fails and the Job fails.',
  seedLab: 'Lab: Job init container',
  scenario,
  text: [
    { text: 'Init containers run one at a time, in order, and each must exit 0 before the next starts; the regular containers start together only after all of them succeeded. The pod STATUS shows the progress: Init:0/2, Init:1/2, PodInitializing, then Running.' },
    { text: 'Read the YAML closely: only writer01 and writer02 have `volumeMounts`. init01 and init02 write to /data/message.txt, but in their own file system /data does not exist. The seed\'s recorded run (which completed in 39 s with six lines in message.txt) must have used a different YAML. The playground runs the YAML as written, and that is what a real cluster would do with it too.' },
    { at: sec(5), anchor: 'init-error', text: 'At about 5 s init01 prints its first line, then its `echo … > /data/message.txt` fails: "sh: can\'t create /data/message.txt: nonexistent directory". The shell exits non-zero, so the pod shows Init:Error; init02 and the writers never run.' },
    { at: sec(10), text: 'With `restartPolicy: Never` the failed pod stays failed and counts as one failure. The controller creates a replacement after a backoff of 10 s, then 20 s, 40 s, 80 s, 160 s and 320 s — every replacement fails the same way.' },
    { at: sec(635), anchor: 'failed', text: 'At about 10m35s the 7th failure exceeds the default backoffLimit of 6: the Job is Failed 0/1 with BackoffLimitExceeded. message.txt was never created, and `kubectl logs` (at 2m) shows only init01\'s line and the error.' },
    { text: 'Task: mount the volume in the init containers too. Then the pod goes Init:0/2 → Init:1/2 → PodInitializing → NotReady → Completed and the Job completes in about 24 s. writer01 exits right after its write, which is why the pod reads 1/2 NotReady while writer02 sleeps. Every container writes with `>`, which replaces the file, so only writer02\'s last line survives; the seed\'s six lines came from appending with `>>`.' },
  ],
  checks: [
    observe('init-error', podStatusSequence(JOB, ['Pending', 'Init:0/2', 'Init:Error'])),
    observe('write-error', commandOutputMatches('sh: can\'t create /data/message.txt: nonexistent directory', 'logs job')),
    observe('seven-pods', podCount(JOB, 7)),
    observe('backoff-exceeded', eventSeen('BackoffLimitExceeded')),
    observe('failed', jobStatusAtEnd(JOB, 'Failed', '0/1')),
  ],
  task: {
    prompt: 'Make the init containers able to write /data/message.txt, so the pod initializes, both writers run and the Job completes.',
    start: scenario,
    solution,
    checks: [
      task('initialized', podStatusSequence(JOB, ['Init:0/2', 'Init:1/2', 'PodInitializing', 'NotReady', 'Completed'])),
      task('complete', jobStatus(JOB, 'Complete', '1/1')),
      task('last-writer', fileMatches(MESSAGE_TXT, '^\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d UTC \\d{4} Container writer02 message$'), 'message.txt has a dated “Container writer02 message” line'),
      task('one-line', fileLineCount(MESSAGE_TXT, 1)),
    ],
  },
}
