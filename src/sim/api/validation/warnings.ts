// Warnings the apiserver returns with a successful create (kubectl prints them to stderr as
// `Warning: <text>`): jobStrategy.WarningsOnCreate and job.WarningsForJobSpec
// (pkg/registry/batch/job/strategy.go, pkg/api/job/warnings.go).
import type { Job, Pod } from '../types'
import { isDNS1123Label } from './names'

const COMPLETIONS_SOFT_LIMIT = 100000
const PARALLELISM_SOFT_LIMIT = 10000

export function warningsOnJobCreate(job: Job): string[] {
  const warnings: string[] = []
  const msgs = isDNS1123Label(job.metadata.name)
  if (msgs.length) {
    warnings.push(`metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [${msgs.join(' ')}]`)
  }
  const s = job.spec
  if (s.completionMode === 'Indexed' && (s.completions ?? 0) > COMPLETIONS_SOFT_LIMIT && (s.parallelism ?? 0) > PARALLELISM_SOFT_LIMIT) {
    warnings.push('spec: In Indexed Jobs with a number of completions higher than 10^5 and a parallelism higher than 10^4, Kubernetes might not be able to track completedIndexes when a big number of indexes fail')
  }
  return warnings
}

/** podStrategy.WarningsOnCreate: the name becomes the pod's hostname. */
export function warningsOnPodCreate(pod: Pod): string[] {
  const msgs = isDNS1123Label(pod.metadata.name)
  return msgs.length ? [`metadata.name: this is used in the Pod's hostname, which can result in surprising behavior; a DNS label is recommended: [${msgs.join(' ')}]`] : []
}
