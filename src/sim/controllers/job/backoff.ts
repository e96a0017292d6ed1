// Pod recreation backoff (`backoff_utils.go`): the controller remembers, per Job, how many pods
// failed since the last success and when the latest failed; a replacement waits
// 10 s × 2^(n−1), capped at 600 s, counted from that failure's finish time.

export interface BackoffRecord {
  failuresAfterLastSuccess: number
  lastFailureTime: number | null
  /** Set once the wait this record imposes has been explained in the trace: later syncs inside
   * the same wait add no new decision record (a record with new failures is a new object). */
  announced?: boolean
}

export interface FinishedPod {
  failed: boolean
  finishedAt: number
}

/** Folds newly finished pods into the record (`newBackoffRecord`). */
export function updateBackoffRecord(record: BackoffRecord, finished: FinishedPod[]): BackoffRecord {
  if (finished.length === 0) return record
  const sorted = [...finished].sort((a, b) => a.finishedAt - b.finishedAt)
  const lastSuccess = sorted.filter((p) => !p.failed).at(-1)
  const failures = sorted.filter((p) => p.failed)
  const lastFailure = failures.at(-1)
  if (!lastSuccess) {
    return {
      failuresAfterLastSuccess: record.failuresAfterLastSuccess + failures.length,
      lastFailureTime: lastFailure ? Math.max(lastFailure.finishedAt, record.lastFailureTime ?? -Infinity) : record.lastFailureTime,
    }
  }
  const after = failures.filter((p) => p.finishedAt > lastSuccess.finishedAt)
  return {
    failuresAfterLastSuccess: after.length,
    lastFailureTime: after.length > 0 ? after.at(-1)!.finishedAt : null,
  }
}

/** The delay before the next pod after `count` failures (`getRemainingTimeForFailuresCount`). */
export function backoffDelay(count: number, baseMs: number, maxMs: number): number {
  if (count <= 0) return 0
  let d = baseMs
  for (let i = 1; i < count && d < maxMs; i++) d *= 2
  return Math.min(d, maxMs)
}

/** Milliseconds still to wait at `now`; 0 or less means a pod may be created now. */
export function remainingBackoff(record: BackoffRecord, now: number, baseMs: number, maxMs: number): number {
  if (record.failuresAfterLastSuccess === 0 || record.lastFailureTime === null) return 0
  return backoffDelay(record.failuresAfterLastSuccess, baseMs, maxMs) - (now - record.lastFailureTime)
}
