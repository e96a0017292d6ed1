// Completion indexes of Indexed Jobs (`indexed_job_utils.go`): the interval text used by
// `status.completedIndexes` / `failedIndexes`, and which indexes to start next.

/**
 * Formats sorted, distinct indexes as the controller does (`orderedIntervals.String`): runs of
 * three or more become `first-last`, a run of two stays `a,b`. `[0,1,2]` → `0-2`, `[2,4,5,7,8,9]` → `2,4,5,7-9`.
 */
export function formatIntervals(indexes: Iterable<number>): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    const first = sorted[i]!
    const last = sorted[j]!
    if (last - first >= 2) parts.push(`${first}-${last}`)
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]))
    i = j + 1
  }
  return parts.join(',')
}

/** Parses the interval text back into indexes below `limit` (bad parts are skipped, as upstream does). */
export function parseIntervals(text: string | undefined, limit: number): Set<number> {
  const out = new Set<number>()
  if (!text) return out
  for (const part of text.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim())
    if (!m) continue
    const a = Number(m[1])
    const b = m[2] === undefined ? a : Number(m[2])
    for (let i = a; i <= b && i < limit; i++) out.add(i)
  }
  return out
}

/** The lowest `count` indexes in [0, completions) that are in none of the excluded sets (`firstPendingIndexes`). */
export function firstPendingIndexes(count: number, completions: number, ...excluded: ReadonlySet<number>[]): number[] {
  const out: number[] = []
  for (let i = 0; i < completions && out.length < count; i++) {
    if (!excluded.some((s) => s.has(i))) out.push(i)
  }
  return out
}
