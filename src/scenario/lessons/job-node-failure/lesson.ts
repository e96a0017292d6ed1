// A node that goes down under a running Job (Kubernetes 1.34: node lifecycle controller,
// taint eviction controller, DefaultTolerationSeconds admission). `chaos node-down` stops node-2
// as `docker stop` stops a kind node; ~50 s after its last Lease renewal the node is Ready
// Unknown and tainted unreachable; every pod tolerates that taint for 300 s, then it is deleted
// (DisruptionTarget DeletionByTaintManager) and stays Terminating, since no kubelet confirms; the
// Job replaces it at once (podReplacementPolicy TerminatingOrFailed), but adds Complete only once
// no pod is terminating — after `chaos node-up`. The task shortens the toleration to 30 s.
import { commandOutputMatches, eventSeen, jobStatus, observe, podCount, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'job-node'

export const lesson: Lesson = {
  id: 'job-node-failure',
  title: 'A node goes down under a Job',
  summary: 'A silent node turns Ready Unknown after 50 s; its pods are deleted only after their 300 s toleration, stay Terminating, and hold the Job back until the node returns.',
  scenario,
  text: [
    { text: 'Two nodes, and a Job of two pods that each sleep 60 s: the scheduler puts one on node-1 and one on node-2. At 20 s `chaos node-down node-2` stops node-2 the way `docker stop` stops a kind node: its kubelet, its container runtime and the container in it. `chaos` is the simulator\'s own command; nothing in kubectl can do this.' },
    { at: sec(72), anchor: 'node-not-ready', text: 'Nothing in the API changes at once: nobody is left on node-2 to report. The kubelet renewed its Lease in kube-node-lease every 10 s; the node lifecycle controller checks every 5 s, and once no renewal has come for 50 s (`--node-monitor-grace-period`, 50 s since 1.32) it sets Ready to Unknown ("Kubelet stopped posting node status."), records NodeNotReady, and taints the node `node.kubernetes.io/unreachable` with NoExecute and NoSchedule.' },
    { at: sec(91), anchor: 'still-running', text: '`kubectl get nodes` shows node-2 `NotReady`. Yet `kubectl get pods -o wide` still shows its pod `1/1 Running`: the controller set the pod\'s Ready condition False (event NodeNotReady "Node is not ready"), but READY and STATUS come from the container statuses, and only the kubelet writes those. The container has in fact been dead since 20 s.' },
    { at: sec(372), anchor: 'evicted', text: 'Every pod carries the toleration `node.kubernetes.io/unreachable:NoExecute op=Exists for 300s`, added by the DefaultTolerationSeconds admission plugin (see `kubectl describe pod`). So the taint eviction controller waits 300 s after the taint, then marks the pod (DisruptionTarget, reason DeletionByTaintManager), records TaintManagerEviction and deletes it.' },
    { at: sec(373), text: 'A second later the Job controller sees a terminating pod. Without a podFailurePolicy, podReplacementPolicy is TerminatingOrFailed: it counts as failed at once and is replaced. The NoSchedule taint keeps the replacement off node-2, so it runs on node-1.' },
    { at: sec(400), anchor: 'terminating', text: 'The deleted pod stays `Terminating`, long after its 30 s grace period: a pod object goes away only when its kubelet confirms the containers are stopped, and node-2\'s kubelet is down.' },
    { at: sec(439), anchor: 'criteria-met', text: 'At about 7m19s the replacement has succeeded: 2 of 2 completions, so the Job reaches SuccessCriteriaMet. But a 1.34 Job adds Complete only when none of its pods is terminating any more, and one still is.' },
    { at: sec(487), anchor: 'complete', text: 'At 8m `chaos node-up node-2` boots the node. Its kubelet posts Ready a few seconds later, finds the pod that was deleted while it was away, and confirms the deletion: the pod disappears, the Job is Complete, and the unreachable taints come off at the controller\'s next pass.' },
  ],
  checks: [
    observe('node-not-ready', eventSeen('NodeNotReady', '^Node node-2 status is now: NodeNotReady$')),
    observe('notready', commandOutputMatches('^node-2\\s+NotReady\\s', 'get nodes')),
    observe('still-running', commandOutputMatches('^job-node-\\w{5}\\s+1/1\\s+Running\\s+0\\s+\\S+\\s+\\S+\\s+node-2\\s', 'get pods -o wide'), 'the pod on node-2 still shows 1/1 Running'),
    observe('evicted', eventSeen('TaintManagerEviction', '^Marking for deletion Pod default/job-node-\\w{5}$')),
    observe('terminating', commandOutputMatches('^job-node-\\w{5}\\s+1/1\\s+Terminating\\s.*\\snode-2\\s', 'get pods -o wide'), 'the deleted pod stays Terminating on node-2'),
    observe('criteria-met', jobStatus(JOB, 'SuccessCriteriaMet', '2/2')),
    observe('complete', jobStatus(JOB, 'Complete', '2/2')),
    observe('three-pods', podCount(JOB, 3)),
  ],
  task: {
    prompt: 'Five minutes is a long wait for a batch Job. Give the pod template its own toleration for `node.kubernetes.io/unreachable` (operator Exists, effect NoExecute) with `tolerationSeconds: 30`, so the lost pod is replaced soon enough that both completions are done when `kubectl get jobs` runs at 4m.',
    start: scenario,
    solution,
    checks: [
      task('evicted-30s', eventSeen('TaintManagerEviction', '^Marking for deletion Pod default/job-node-\\w{5}$')),
      task('done-by-4m', commandOutputMatches('^job-node\\s+SuccessCriteriaMet\\s+2/2\\s', 'get jobs'), 'kubectl get jobs at 4m shows 2/2 completions'),
      task('job-complete', jobStatus(JOB, 'Complete', '2/2')),
    ],
  },
}
