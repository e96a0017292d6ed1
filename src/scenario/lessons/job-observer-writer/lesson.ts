// Seed lab "Lab: Job": an observer Pod and a one-shot writer Job sharing a hostPath directory.
import { commandOutputMatches, fileLineCount, jobStatus, objectDeleted, observe, statusSequence } from '../../checks/build'
import { MESSAGE_TXT, sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'

const JOB = 'demo-job-write'

export const lesson: Lesson = {
  id: 'job-observer-writer',
  title: 'A writer Job and an observer Pod: describe, logs, delete',
  summary: 'A one-shot Job writes a line to a hostPath file that a long-running observer Pod reads; then describe, logs and delete.',
  seedLab: 'Lab: Job',
  scenario,
  text: [
    { text: 'The observer is a plain Pod that runs `sleep infinity` with the hostPath directory /tmp/data mounted at /data. The writer Job mounts the same directory, so whatever it writes, the observer can read — even after the Job\'s pod has finished.' },
    { text: 'The seed\'s YAML for this lab appends to /data/hello.txt, but its recorded describe, logs and `cat` output come from a version that echoes the line to stdout and writes /data/message.txt. This lesson uses that version, so what you see matches the seed\'s recording.' },
    { at: sec(60), text: 'At 60 s the Job is applied; its pod writes one line and exits.' },
    { at: sec(65), anchor: 'complete', text: 'At about 65 s the Job shows SuccessCriteriaMet, then Complete 1/1 — about 5 s after it was created (the seed: 6 s).' },
    { at: sec(120), text: 'At 2m `kubectl describe job` shows Completion Mode NonIndexed, Pods Statuses 0 Active / 1 Succeeded / 0 Failed and the SuccessfulCreate and Completed events; `kubectl logs job/demo-job-write --all-containers --prefix` prints the line prefixed with [pod/…/writer]; and `cat` in the observer prints the same line from the file.' },
    { at: sec(180), anchor: 'deleted', text: 'At 3m `kubectl delete job` removes the Job and, in the background, its pod: "deleted from default namespace", and `kubectl get job` then finds nothing. The observer is deleted last; busybox ignores SIGTERM, so it takes the full 30 s grace period.' },
  ],
  checks: [
    observe('interim-condition', statusSequence(JOB, ['Running', 'SuccessCriteriaMet', 'Complete'])),
    observe('complete', jobStatus(JOB, 'Complete', '1/1')),
    observe('one-line', fileLineCount(MESSAGE_TXT, 1)),
    observe('describe', commandOutputMatches('^Pods Statuses:\\s+0 Active \\(0 Ready\\) / 1 Succeeded / 0 Failed$', 'describe job')),
    observe('logs', commandOutputMatches('^\\[pod/demo-job-write-\\w+/writer\\] .* Demo Job writer$', 'logs job')),
    observe('observer-reads', commandOutputMatches('Demo Job writer', 'exec .*observer')),
    observe('deleted', objectDeleted(`Job/${JOB}`)),
  ],
}
