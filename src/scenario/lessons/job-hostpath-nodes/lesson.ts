// Storage on a cluster of two nodes: a hostPath volume is the directory of whichever node the pod
// runs on, so a Job spread over nodes leaves its writes in two different files — the reason
// "the file only has half the lines" on real multi-node clusters.
import { fileLineCount, jobStatus, maxPodsRunning, observe, podsAtOnce, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'spread'
const ON_NODE_1 = 'node-1:/tmp/data/message.txt'
const ON_NODE_2 = 'node-2:/tmp/data/message.txt'

export const lesson: Lesson = {
  id: 'job-hostpath-nodes',
  title: 'hostPath on two nodes: where did half the lines go?',
  summary: 'On a two-node cluster the scheduler spreads the Job\'s pods, and each node keeps its own /tmp/data: message.txt is two files.',
  scenario,
  text: [
    { text: 'This scenario asks for a cluster of two nodes (`nodes: 2` in the scenario). A `hostPath` volume is a directory of the node the pod runs on, not of the cluster: two pods on two nodes that both mount `/tmp/data` write to two different directories.' },
    { at: 0, anchor: 'two-at-once', text: 'At 0 s the Job starts two pods (`parallelism: 2`). The scheduler places each new pod on the node with the fewest pods, so they land on node-1 and node-2: see the NODE column of `kubectl get pods -o wide` at 8 s, or hover a pod.' },
    { at: sec(3.9), text: 'Within a few seconds both pods have written their line — each to message.txt on its own node. The observer shows two tabs, one per node.' },
    { at: sec(36.1), anchor: 'complete', text: 'At about 36 s the fourth pod succeeds: Complete 4/4, and each node\'s message.txt has two lines. Nothing is lost, but nothing is shared either: a pod reading the file sees only what was written on its node. Shared storage across nodes needs a volume that lives outside the node (a PersistentVolume backed by network storage).' },
  ],
  checks: [
    observe('two-at-once', podsAtOnce(JOB, 2)),
    observe('two-at-a-time', maxPodsRunning(JOB, 2)),
    observe('node-1-half', fileLineCount(ON_NODE_1, 2)),
    observe('node-2-half', fileLineCount(ON_NODE_2, 2)),
    observe('complete', jobStatus(JOB, 'Complete', '4/4')),
  ],
  task: {
    prompt: 'Get all four lines into one file: keep every pod of the Job on node-1 (a `nodeSelector` on the label `kubernetes.io/hostname`).',
    start: scenario,
    solution,
    checks: [
      task('all-on-node-1', fileLineCount(ON_NODE_1, 4)),
      task('complete-4', jobStatus(JOB, 'Complete', '4/4')),
    ],
  },
}
