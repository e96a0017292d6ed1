// A node drain in the middle of a Job (reference/job-controller.md §8; kubectl drain and the
// Eviction API, v1.34): `kubectl drain` cordons the node and evicts the Job's pods; the Eviction
// API marks each with DisruptionTarget before the graceful delete, the kubelet kills them after
// the 30 s grace period, and the Job counts them as failures. The replacements stay Pending until
// `kubectl uncordon`. The task adds a podFailurePolicy rule that ignores DisruptionTarget.
import { commandOutputMatches, eventSeen, jobStatus, observe, podCount, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'job-drain'

export const lesson: Lesson = {
  id: 'job-drain-disruption',
  title: 'Drain a node under a running Job',
  summary: 'kubectl drain evicts the Job\'s pods through the Eviction API; they count as failures unless a podFailurePolicy rule ignores the DisruptionTarget condition.',
  scenario,
  text: [
    { text: 'Two pods of `job-drain` sleep for 45 s. At 8 s the node is drained for maintenance, as an administrator would before a reboot. `kubectl drain` first cordons the node (`spec.unschedulable: true`, so the scheduler places nothing new there), then evicts every pod on it through the Eviction API, one `evicting pod` line each. Every node of a kind cluster also runs kube-system\'s DaemonSet pods (kindnet and kube-proxy): without `--ignore-daemonsets` drain refuses ("cannot delete DaemonSet-managed Pods"); with it, drain prints `Warning: ignoring DaemonSet-managed Pods: …` and leaves them running, since their DaemonSet would put them straight back.' },
    { at: sec(8), anchor: 'killing', text: 'At 8 s the evictions are accepted. Before deleting a pod, the Eviction API adds the condition DisruptionTarget (reason EvictionByEvictionAPI, message "Eviction API: evicting"), then the pod is deleted gracefully: SIGTERM, which busybox as PID 1 ignores, so the kubelet waits out the 30 s grace period.' },
    { at: sec(9), text: 'About a second later the Job controller sees two pods terminating. Without a podFailurePolicy, `podReplacementPolicy` is TerminatingOrFailed: a terminating pod counts as failed at once (toward `backoffLimit: 6`) and is replaced without waiting for it to stop.' },
    { at: sec(28), anchor: 'failed-scheduling', text: 'After the pod failure backoff (20 s for the second failure) the controller creates two replacements. The node is still cordoned, so they stay Pending and the scheduler records FailedScheduling: "0/1 nodes are available: 1 node(s) were unschedulable."' },
    { at: sec(39), anchor: 'drained', text: 'At about 38 s the grace period ends: the containers are killed (exit 137) and the evicted pods end Failed. kubectl drain, which polls every second, prints `pod/NAME evicted` for each and `node/node-1 drained`. At 45 s `kubectl get nodes` shows `Ready,SchedulingDisabled`.' },
    { at: sec(47), anchor: 'counted', text: 'At 47 s `kubectl describe job` reads `2 Active (0 Ready) / 0 Succeeded / 2 Failed`: the two Pending replacements are active, and the two evictions were counted as failures.' },
    { at: sec(50), text: 'At 50 s `kubectl uncordon node-1` clears `spec.unschedulable`. The scheduler retries its waiting pods as soon as a node becomes schedulable, so both replacements are bound within a moment.' },
    { at: sec(103), anchor: 'complete', text: 'At about 1m43s both replacements have succeeded: Complete 2/2, but the Job spent 2 of its 6 retries on a maintenance it had nothing to do with.' },
  ],
  checks: [
    observe('ignoring-daemonsets', commandOutputMatches('^Warning: ignoring DaemonSet-managed Pods: kube-system/kindnet-\\w{5}, kube-system/kube-proxy-\\w{5}$', 'drain node-1'), 'drain leaves kube-system\'s DaemonSet pods (kindnet, kube-proxy) where they are'),
    observe('evicting', commandOutputMatches('^evicting pod default/job-drain-\\w{5}$', 'drain node-1')),
    observe('killing', eventSeen('Killing', '^Stopping container work$')),
    observe('counted', commandOutputMatches('Pods Statuses:\\s+2 Active \\(0 Ready\\) / 0 Succeeded / 2 Failed', 'describe job')),
    observe('failed-scheduling', eventSeen('FailedScheduling', '^0/1 nodes are available: 1 node\\(s\\) were unschedulable\\.')),
    observe('drained', commandOutputMatches('^node/node-1 drained$', 'drain node-1')),
    observe('cordoned', commandOutputMatches('^node-1\\s+Ready,SchedulingDisabled\\s', 'get nodes')),
    observe('four-pods', podCount(JOB, 4)),
    observe('complete', jobStatus(JOB, 'Complete', '2/2')),
  ],
  task: {
    prompt: 'Maintenance is not the Job\'s fault. Add a `podFailurePolicy` rule with action `Ignore` on the pod condition `DisruptionTarget`, so the evicted pods are replaced without counting as failures.',
    start: scenario,
    solution,
    checks: [
      task('completes', jobStatus(JOB, 'Complete', '2/2')),
      task('no-failures', commandOutputMatches('Pods Statuses:\\s+0 Active \\(0 Ready\\) / 2 Succeeded / 0 Failed', 'describe job')),
    ],
  },
}
