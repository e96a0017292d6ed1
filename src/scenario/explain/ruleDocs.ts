// Where the Kubernetes documentation explains each rule the engine records a decision for.
// Rule ids are matched by their longest listed prefix (`job.pod-failure-policy.fail-job` →
// `job.pod-failure-policy`), so a new rule inside a family is covered by the family's page; a
// test keeps every rule the engine can emit pointed at a page.

export interface RuleDoc {
  /** The page or section, as its heading reads. */
  title: string
  url: string
}

const K8S = 'https://kubernetes.io/docs'
const JOB = `${K8S}/concepts/workloads/controllers/job/`
const CRON = `${K8S}/concepts/workloads/controllers/cron-jobs/`
const LIFECYCLE = `${K8S}/concepts/workloads/pods/pod-lifecycle/`

const DOCS: Record<string, RuleDoc> = {
  'job.start': { title: 'Jobs: Job termination and cleanup', url: `${JOB}#job-termination-and-cleanup` },
  'job.create': { title: 'Jobs: Controlling parallelism', url: `${JOB}#controlling-parallelism` },
  'job.scale-down': { title: 'Jobs: Controlling parallelism', url: `${JOB}#controlling-parallelism` },
  'job.count': { title: 'Jobs: Parallel execution for Jobs', url: `${JOB}#parallel-jobs` },
  'job.success-criteria': { title: 'Jobs: Termination of Job pods', url: `${JOB}#termination-of-job-pods` },
  'job.complete': { title: 'Jobs: Termination of Job pods', url: `${JOB}#termination-of-job-pods` },
  'job.failed': { title: 'Jobs: Termination of Job pods', url: `${JOB}#termination-of-job-pods` },
  'job.wait-terminating': { title: 'Jobs: Termination of Job pods', url: `${JOB}#termination-of-job-pods` },
  'job.backoff-wait': { title: 'Jobs: Pod backoff failure policy', url: `${JOB}#pod-backoff-failure-policy` },
  'job.backoff-limit': { title: 'Jobs: Pod backoff failure policy', url: `${JOB}#pod-backoff-failure-policy` },
  'job.deadline': { title: 'Jobs: Job termination and cleanup', url: `${JOB}#job-termination-and-cleanup` },
  'job.suspended': { title: 'Jobs: Suspending a Job', url: `${JOB}#suspending-a-job` },
  'job.suspend-delete': { title: 'Jobs: Suspending a Job', url: `${JOB}#suspending-a-job` },
  'job.resume': { title: 'Jobs: Suspending a Job', url: `${JOB}#suspending-a-job` },
  'job.pod-failure-policy': { title: 'Jobs: Pod failure policy', url: `${JOB}#pod-failure-policy` },
  'job.per-index': { title: 'Jobs: Backoff limit per index', url: `${JOB}#backoff-limit-per-index` },
  'job.failed-indexes': { title: 'Jobs: Backoff limit per index', url: `${JOB}#backoff-limit-per-index` },
  'job.max-failed-indexes': { title: 'Jobs: Backoff limit per index', url: `${JOB}#backoff-limit-per-index` },
  'job.success-policy': { title: 'Jobs: Success policy', url: `${JOB}#success-policy` },
  'job.replacement': { title: 'Jobs: Delayed creation of replacement pods', url: `${JOB}#pod-replacement-policy` },
  'ttl.': { title: 'Automatic cleanup for finished Jobs', url: `${K8S}/concepts/workloads/controllers/ttlafterfinished/` },
  'gc.': { title: 'Garbage collection: cascading deletion', url: `${K8S}/concepts/architecture/garbage-collection/#cascading-deletion` },
  'cronjob.create': { title: 'CronJob: Writing a CronJob spec', url: `${CRON}#writing-a-cronjob-spec` },
  'cronjob.forbid': { title: 'CronJob: Concurrency policy', url: `${CRON}#concurrency-policy` },
  'cronjob.replace': { title: 'CronJob: Concurrency policy', url: `${CRON}#concurrency-policy` },
  'cronjob.suspended': { title: 'CronJob: Schedule suspension', url: `${CRON}#schedule-suspension` },
  'cronjob.missed-deadline': { title: 'CronJob: Deadline for delayed Job start', url: `${CRON}#starting-deadline` },
  'cronjob.history-limit': { title: 'CronJob: Jobs history limits', url: `${CRON}#jobs-history-limits` },
  'scheduler.': { title: 'Kubernetes scheduler', url: `${K8S}/concepts/scheduling-eviction/kube-scheduler/` },
  'kubelet.image-pull': { title: 'Images: Image pull policy', url: `${K8S}/concepts/containers/images/#image-pull-policy` },
  'kubelet.init-': { title: 'Init containers', url: `${K8S}/concepts/workloads/pods/init-containers/` },
  'kubelet.restart': { title: 'Pod lifecycle: Container restart policy', url: `${LIFECYCLE}#restart-policy` },
  'kubelet.crashloop-backoff': { title: 'Pod lifecycle: Container restart policy', url: `${LIFECYCLE}#restart-policy` },
  'kubelet.container-done': { title: 'Pod lifecycle: Pod conditions', url: `${LIFECYCLE}#pod-conditions` },
  'kubelet.pod-finished': { title: 'Pod lifecycle: Pod phase', url: `${LIFECYCLE}#pod-phase` },
  'kubelet.start-error': { title: 'Pod lifecycle: Container states', url: `${LIFECYCLE}#container-states` },
  'kubelet.grace-period': { title: 'Pod lifecycle: Termination of Pods', url: `${LIFECYCLE}#pod-termination` },
  'kubelet.': { title: 'Pod lifecycle', url: LIFECYCLE },
  'node.': { title: 'Nodes: Node status and heartbeats', url: `${K8S}/concepts/architecture/nodes/#node-status` },
  'taint.': { title: 'Taints and tolerations: Taint based evictions', url: `${K8S}/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions` },
  'chaos.': { title: 'Disruptions: voluntary and involuntary', url: `${K8S}/concepts/workloads/pods/disruptions/` },
  'eviction.': { title: 'API-initiated eviction', url: `${K8S}/concepts/scheduling-eviction/api-eviction/` },
}

/** The documentation for a rule id, or null when no page is listed for it. */
export function docFor(rule: string): RuleDoc | null {
  let best: string | null = null
  for (const key of Object.keys(DOCS)) {
    const matches = rule === key || (rule.startsWith(key) && (key.endsWith('.') || key.endsWith('-') || rule[key.length] === '.' || rule[key.length] === '-'))
    if (matches && (best === null || key.length > best.length)) best = key
  }
  return best === null ? null : DOCS[best]!
}
