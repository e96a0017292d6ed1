// The Job controller's count of newly finished pods, as one sentence for the trace: which pods it
// has just counted and the totals that follow (`succeeded`, `failed`), against the numbers that
// decide the Job's end (completions, backoffLimit).
import type { Job, Pod } from '../../api/types'
import { podIndex } from './podState'

function names(pods: readonly Pod[]): string {
  const shown = pods.slice(0, 3).map((p) => {
    const i = podIndex(p)
    return i === null ? p.metadata.name : `${p.metadata.name} (index ${i})`
  })
  return pods.length > 3 ? `${shown.join(', ')} and ${pods.length - 3} more` : shown.join(', ')
}

export function explainCount(job: Job, newSucceeded: readonly Pod[], newFailed: readonly Pod[], succeeded: number, failed: number): string {
  const parts: string[] = []
  if (newSucceeded.length > 0) {
    const of = job.spec.completions === null || job.spec.completions === undefined ? '' : ` of ${job.spec.completions}`
    const unit = job.spec.completionMode === 'Indexed' ? ' indexes' : ''
    parts.push(`${names(newSucceeded)} succeeded → succeeded ${succeeded}${of}${unit}`)
  }
  if (newFailed.length > 0) {
    const limit = job.spec.backoffLimitPerIndex !== undefined && job.spec.backoffLimitPerIndex !== null
      ? `backoffLimitPerIndex ${job.spec.backoffLimitPerIndex}`
      : `backoffLimit ${job.spec.backoffLimit ?? 6}`
    parts.push(`${names(newFailed)} failed → failed ${failed} (${limit})`)
  }
  return parts.join('; ')
}
