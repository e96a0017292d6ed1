// podFailurePolicy (`pod_failure_policy.go`, `matchPodFailurePolicy`; reference/job-controller.md §8):
// the rules are tried in order against a failed pod and the first that matches decides what the
// failure means. A rule looks either at exit codes of terminated containers or at pod conditions.
import type { ContainerStatus, Job, PodFailurePolicyRule, Pod } from '../../api/types'

export type PolicyAction = PodFailurePolicyRule['action']

export interface PolicyMatch {
  /** The matched rule's action; undefined when no rule matched (the failure is counted as usual). */
  action?: PolicyAction
  /** Its position in `rules`, for messages and decisions. */
  ruleIndex?: number
  /** False only for `Ignore`: the failure does not count toward backoffLimit or the index's limit. */
  countFailed: boolean
  /** For `FailJob`: the condition message the controller writes. */
  message?: string
  /** What matched, in plain words (`container main exited with 42`), for decisions. */
  what?: string
}

type ExitRule = NonNullable<PodFailurePolicyRule['onExitCodes']>

function operatorMatches(code: number, req: ExitRule): boolean {
  if (req.operator === 'In') return req.values.includes(code)
  if (req.operator === 'NotIn') return !req.values.includes(code)
  return false
}

/** `getMatchingContainerFromList`: the first terminated container with a non-zero code that fits. */
function matchingContainer(statuses: ContainerStatus[] | undefined, req: ExitRule): ContainerStatus | undefined {
  for (const s of statuses ?? []) {
    const t = s.state.terminated
    // A container still running has no exit code to compare; exit 0 never matches (a success is not a failure).
    if (!t || t.exitCode === 0) continue
    if (req.containerName !== undefined && req.containerName !== s.name) continue
    if (operatorMatches(t.exitCode, req)) return s
  }
  return undefined
}

/** `matchOnExitCodes`: regular containers first, then init containers. */
function matchOnExitCodes(pod: Pod, req: ExitRule): ContainerStatus | undefined {
  return matchingContainer(pod.status.containerStatuses, req) ?? matchingContainer(pod.status.initContainerStatuses, req)
}

/** `matchOnPodConditions`: any pod condition whose type and status equal a pattern (status defaults to True). */
function matchOnPodConditions(pod: Pod, patterns: NonNullable<PodFailurePolicyRule['onPodConditions']>): string | undefined {
  for (const c of pod.status.conditions ?? []) {
    for (const p of patterns) if (c.type === p.type && c.status === (p.status || 'True')) return c.type
  }
  return undefined
}

/** `matchPodFailurePolicy` for a pod the controller considers failed. */
export function matchPodFailurePolicy(job: Job, pod: Pod): PolicyMatch {
  const rules = job.spec.podFailurePolicy?.rules
  if (!rules) return { countFailed: true }
  const ns = pod.metadata.namespace ?? 'default'
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!
    let what: string | undefined
    let message: string | undefined
    if (rule.onExitCodes) {
      const s = matchOnExitCodes(pod, rule.onExitCodes)
      if (!s) continue
      const code = s.state.terminated!.exitCode
      what = `container ${s.name} exited with ${code}`
      message = `Container ${s.name} for pod ${ns}/${pod.metadata.name} failed with exit code ${code} matching ${rule.action} rule at index ${i}`
    } else if (rule.onPodConditions) {
      const type = matchOnPodConditions(pod, rule.onPodConditions)
      if (!type) continue
      what = `pod has condition ${type}`
      message = `Pod ${ns}/${pod.metadata.name} has condition ${type} matching ${rule.action} rule at index ${i}`
    } else continue
    // Upstream returns on Ignore, Count and FailJob only; a FailIndex match is read by the
    // per-index code (`isIndexFailed`), which looks at the action itself.
    switch (rule.action) {
      case 'Ignore': return { action: 'Ignore', ruleIndex: i, countFailed: false, what }
      case 'Count': return { action: 'Count', ruleIndex: i, countFailed: true, what }
      case 'FailJob': return { action: 'FailJob', ruleIndex: i, countFailed: true, message, what }
      case 'FailIndex': return { action: 'FailIndex', ruleIndex: i, countFailed: true, what }
    }
  }
  return { countFailed: true }
}
