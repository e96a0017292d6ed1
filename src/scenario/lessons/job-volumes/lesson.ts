// Storage: an emptyDir volume belongs to one pod — its containers share it and it is gone with
// the pod — while a hostPath directory belongs to the node and outlives every pod on it.
import { commandOutputMatches, fileLineCount, jobStatus, observe, podCount, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'scratch'
const LOGS = /kubectl logs -l job-name=scratch/

export const lesson: Lesson = {
  id: 'job-volumes',
  title: 'Volumes: emptyDir lives and dies with its pod',
  summary: 'Three pods write notes to an emptyDir volume: each pod\'s containers share its notes, but no pod sees another\'s, and none are left afterwards.',
  scenario,
  text: [
    { text: 'An `emptyDir` volume is created empty when its pod is placed on a node, is shared by all the containers of that pod, and is deleted with the pod. A `hostPath` volume is a directory of the node itself: every pod on that node that mounts it sees the same files, and they stay after the pods are gone.' },
    { at: 0, text: 'The Job runs three pods, one after another. In each, the init container `prepare` writes a line to /work/notes.txt; then the container `main` adds its own line and prints the file.' },
    { at: sec(17), anchor: 'first-success', text: 'At about 17 s the first pod has succeeded. Its `main` container printed two lines — its init container\'s and its own — because both containers mount the same emptyDir. The observer stays empty: nothing was written to the node.' },
    { at: sec(44), anchor: 'complete', text: 'At about 44 s the third pod succeeds: Complete 3/3. The last step, `kubectl logs -l job-name=scratch --prefix --tail=-1`, shows each pod\'s notes: every pod started with an empty /work and saw only its own two lines. (Before each pod kubectl says, on stderr, which container it defaulted to; `-l` picks the pods by label; with a selector kubectl shows only the last 10 lines of each unless `--tail` says otherwise.)' },
    { text: 'Change the volume to `hostPath: {path: /tmp/data, type: DirectoryOrCreate}` and replay: notes.txt appears in the observer and grows to six lines, and each pod\'s log shows the notes of the pods before it.' },
  ],
  checks: [
    observe('three-pods', podCount(JOB, 3)),
    observe('first-success', jobStatus(JOB, 'Running', '1/3')),
    observe('complete', jobStatus(JOB, 'Complete', '3/3')),
    // Every pod's log: its own init container's line, then its own — and nothing from another pod.
    // (kubectl names the container it defaulted to, on stderr, before each pod's lines.)
    observe('own-notes-only', commandOutputMatches(/^(?:(?:Defaulted container .*\n)?\[pod\/scratch-(\w+)\/main\] prepared by scratch-\1\n\[pod\/scratch-\1\/main\] worked on by scratch-\1\n){3}$/, LOGS), 'each pod saw only its own two notes'),
  ],
  task: {
    prompt: 'Keep the notes on the node instead, in /tmp/data, so that notes.txt ends with all six lines.',
    start: scenario,
    solution,
    checks: [
      task('six-notes', fileLineCount('/tmp/data/notes.txt', 6)),
      task('complete-3', jobStatus(JOB, 'Complete', '3/3')),
    ],
  },
}
