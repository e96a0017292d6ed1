// The timing model, in one place. Real clusters are not constants: each delay is drawn from a
// range with the run's seeded randomness. Ranges are calibrated so each seed lab lands within
// ±30 % of the real cluster's duration (DESIGN §7) and follow reference/kubectl-and-kubelet.md
// §9.6 (suggested defaults) and §9.3 (kubelet cadences). Fixed constants are Kubernetes'.
import type { Rng } from './kernel/rng'

export type Range = readonly [min: number, max: number]

export interface TimingModel {
  /** Job controller: pod events are batched for 1 s (`syncJobBatchPeriod`). */
  jobSyncBatchMs: number
  /** Job added or its spec changed → first sync (queue latency). */
  jobSyncImmediateMs: Range
  /** Pod recreation backoff: 10 s doubling, capped at 600 s (`DefaultJobPodFailureBackOff`, `MaxJobPodFailureBackOff`). */
  jobPodFailureBackoffMs: number
  jobPodFailureBackoffMaxMs: number
  /** Pod created → bound to a node by the scheduler. */
  scheduleMs: Range
  /** Scheduler backoff after a failed attempt: 1 s doubling to 10 s (`podInitialBackoffDuration`, `podMaxBackoffDuration`). */
  schedulerBackoffInitialMs: number
  schedulerBackoffMaxMs: number
  /** An unschedulable pod is retried anyway after 5 min (`podMaxInUnschedulablePodsDuration`), checked every 30 s (`flushUnschedulablePodsLeftover`). */
  schedulerUnschedulableMaxMs: number
  schedulerFlushMs: number
  /** Pod bound → the kubelet's first status (`ContainerCreating` / `Init:0/N`). */
  kubeletFirstStatusMs: Range
  /** Pod sandbox and network set-up. */
  sandboxMs: Range
  /** Image pull when the node does not have the image (busybox is ~4.2 MB). */
  pullUncachedMs: Range
  /** Pull with policy Always when the layers are cached (manifest check, "Successfully pulled … in 1.8s"). */
  pullCachedMs: Range
  /** IfNotPresent pull queued behind a pull of the same image: the layers are there, only the tag resolves. */
  pullInFlightMs: Range
  /** Container create + start. */
  createContainerMs: Range
  /** PLEG relist period: container changes are noticed on the next relist. */
  plegRelistMs: number
  /**
   * Extra time before a container's exit shows in the pod status. Calibrated on the seed: a
   * `sleep 30` container shown Running at 18 s is first shown Completed at 52 s (and 3–4 s late
   * in every lab), while an echo-only writer Job completes 6 s after it was created.
   */
  containerExitNoticeMs: Range
  /** Pod finished → sandbox torn down (the extra `Completed` row). */
  sandboxTeardownMs: Range
  /** Kubelet status manager → apiserver. */
  statusPushMs: Range
  /** CrashLoopBackOff: 10 s doubling to 300 s, forgotten after 10 min (`initialCrashLoopBackOff`, `MaxContainerBackOff`). */
  crashLoopInitialMs: number
  crashLoopMaxMs: number
  crashLoopResetMs: number
  /** Pod worker retry after a sync error, `wait.Jitter(10s, 0.5)`. */
  podWorkerRetryMs: Range
  /** Garbage collector reaction to an owner's deletion. */
  garbageCollectorMs: Range
  /** EndpointSlice + CoreDNS propagation after a pod becomes Ready. */
  endpointPropagationMs: number
  /** TTL-after-finished controller reaction. */
  ttlControllerMs: Range
  /** The kubelet renews its Lease in kube-node-lease every 10 s (0.25 × the 40 s lease duration): its heartbeat. */
  nodeLeaseRenewMs: number
  /** The node lifecycle controller's health pass runs every 5 s (`--node-monitor-period`). */
  nodeMonitorPeriodMs: number
  /** A node silent this long turns Ready=Unknown (`--node-monitor-grace-period`, 50 s since 1.32). */
  nodeMonitorGracePeriodMs: number
  /** Ready=Unknown → the NoExecute taint lands: the tainting pass runs every 100 ms (`nodeEvictionPeriod`). */
  noExecuteTaintMs: Range
  /** Ready=Unknown → the NoSchedule taint lands (the node update worker's `doNoScheduleTaintingPass`). */
  noScheduleTaintMs: Range
  /** A NoExecute taint or a pod change → the taint eviction controller has acted on it (queue latency). */
  taintEvictionMs: Range
  /** `chaos node-up`: the node boots its kubelet, which posts Ready (kind's node container restarting). */
  kubeletStartMs: Range
}

export const DEFAULT_TIMING: TimingModel = {
  jobSyncBatchMs: 1000,
  jobSyncImmediateMs: [20, 80],
  jobPodFailureBackoffMs: 10_000,
  jobPodFailureBackoffMaxMs: 600_000,
  scheduleMs: [20, 120],
  schedulerBackoffInitialMs: 1000,
  schedulerBackoffMaxMs: 10_000,
  schedulerUnschedulableMaxMs: 300_000,
  schedulerFlushMs: 30_000,
  kubeletFirstStatusMs: [150, 450],
  sandboxMs: [400, 900],
  pullUncachedMs: [2000, 3600],
  pullCachedMs: [700, 1700],
  pullInFlightMs: [150, 500],
  createContainerMs: [60, 180],
  plegRelistMs: 1000,
  containerExitNoticeMs: [1500, 2800],
  sandboxTeardownMs: [700, 1600],
  statusPushMs: [5, 40],
  crashLoopInitialMs: 10_000,
  crashLoopMaxMs: 300_000,
  crashLoopResetMs: 600_000,
  podWorkerRetryMs: [10_000, 15_000],
  garbageCollectorMs: [30, 200],
  endpointPropagationMs: 400,
  ttlControllerMs: [0, 500],
  nodeLeaseRenewMs: 10_000,
  nodeMonitorPeriodMs: 5000,
  nodeMonitorGracePeriodMs: 50_000,
  noExecuteTaintMs: [10, 100],
  noScheduleTaintMs: [100, 400],
  taintEvictionMs: [5, 50],
  kubeletStartMs: [3000, 6000],
}

/** A delay drawn uniformly (integer ms) from a range. */
export function draw(rng: Rng, range: Range): number {
  return rng.between(Math.round(range[0]), Math.round(range[1]))
}
