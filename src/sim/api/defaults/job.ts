// SetDefaults_Job (pkg/apis/batch/v1/defaults.go) plus the PodSpec defaults the scheme applies to
// the template. Reference job-controller.md §1.1.
import type { JobManifest } from '../decode/types'
import { clone } from './clone'
import { defaultPodSpec } from './podSpec'

const MAX_INT32 = 2147483647

export function defaultJob<T extends JobManifest>(job: T): T {
  const out = clone(job)
  const s = out.spec
  // Both unset: a single pod. Only parallelism set: completions stays null (work queue).
  if ((s.completions === undefined || s.completions === null) && s.parallelism === undefined) {
    s.completions = 1
    s.parallelism = 1
  }
  s.parallelism ??= 1
  s.backoffLimit ??= s.backoffLimitPerIndex !== undefined ? MAX_INT32 : 6
  // Upstream assigns the template's label map itself, so later additions show on both.
  const tplLabels = s.template.metadata?.labels
  if (tplLabels && Object.keys(out.metadata.labels ?? {}).length === 0) out.metadata.labels = { ...tplLabels }
  s.completionMode ??= 'NonIndexed'
  s.suspend ??= false
  for (const rule of s.podFailurePolicy?.rules ?? []) for (const p of rule.onPodConditions ?? []) p.status ||= 'True'
  s.podReplacementPolicy ??= s.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed'
  s.manualSelector ??= false
  s.template = { ...s.template, spec: defaultPodSpec(s.template.spec ?? { containers: [] }) }
  return out
}
