// Seed lab "Job with Completion": completions 5, parallelism left at its default of 1.
import { fileLineCount, jobStatus, maxPodsRunning, observe, podCount, podStatusSequence, statusSequence, task } from '../../checks/build'
import { MESSAGE_TXT, sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'demo-job-completion'

export const lesson: Lesson = {
  id: 'job-completions',
  title: 'Completions: five pods, one after another',
  summary: 'completions: 5 with the default parallelism of 1 runs five pods in a row until five have succeeded.',
  seedLab: 'Lab: Job with Completion',
  scenario,
  text: [
    { text: '`completions: 5` says how many pods must finish successfully. `parallelism` is not set, so it defaults to 1: the Job controller keeps at most one pod running and creates the next only when the previous one has succeeded.' },
    { at: 0, text: 'At 0 s the controller creates the first pod. It is Pending, then Init:0/1 while the kubelet pulls busybox (the image has no tag, so it is pulled on every start). The init container writes a line to message.txt and sleeps 10 s.' },
    { at: sec(17), text: 'At about 17 s the init container has finished: the pod shows PodInitializing, then Running once the writer container has started. The writer adds its own line and sleeps 30 s.' },
    { at: sec(52), anchor: 'first-success', text: 'At about 52 s the writer exits with code 0 and the pod reads Completed. A second later (~54 s) the controller counts the success (COMPLETIONS 1/5) and creates the next pod — the same moment the seed shows (54 s).' },
    { at: sec(105), text: 'Each pod takes about 50 s, so the successes arrive near 54 s, 1m45s, 2m36s and 3m26s (the seed: 54 s, 1m45s, 2m38s, 3m28s).' },
    { at: sec(257), anchor: 'complete', text: 'At about 4m17s the fifth pod succeeds. For an instant the Job shows SuccessCriteriaMet 4/5 — Kubernetes 1.34 first records that the success criteria are met — and then Complete 5/5 (the seed: 4m21s).' },
    { text: 'message.txt ends with 10 lines: for each pod, an "Init container message" line and then a "Container message" line, because both containers mount the same hostPath directory and append with `>>`.' },
  ],
  checks: [
    observe('one-at-a-time', maxPodsRunning(JOB, 1)),
    observe('five-pods', podCount(JOB, 5)),
    observe('first-success', jobStatus(JOB, 'Running', '1/5')),
    observe('pod-lifecycle', podStatusSequence(JOB, ['Pending', 'Init:0/1', 'PodInitializing', 'Running', 'Completed'])),
    observe('interim-condition', statusSequence(JOB, ['Running', 'SuccessCriteriaMet', 'Complete'])),
    observe('complete', jobStatus(JOB, 'Complete', '5/5')),
    observe('ten-lines', fileLineCount(MESSAGE_TXT, 10)),
  ],
  task: {
    prompt: 'Change the Job so that it is done after 3 successful pods instead of 5.',
    start: scenario,
    solution,
    checks: [
      task('complete-3', jobStatus(JOB, 'Complete', '3/3')),
      task('three-pods', podCount(JOB, 3)),
      task('six-lines', fileLineCount(MESSAGE_TXT, 6)),
    ],
  },
}
