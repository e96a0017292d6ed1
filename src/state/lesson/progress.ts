// Lesson progress: the check ids a learner has seen passed, one localStorage entry per lesson, so
// the gallery remembers what was done after a reload. Like autosave, a full or blocked storage is
// tolerated: progress is then kept for this visit only.
import type { KeyValueStorage } from '../persistence'
import type { AppStore } from '../store'
import { passedIds } from './checklist'

const key = (lessonId: string) => `jobs-playground:progress:${lessonId}`

export function loadProgress(storage: KeyValueStorage | null, lessonId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key(lessonId)) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

export function saveProgress(storage: KeyValueStorage | null, lessonId: string, ids: readonly string[]): void {
  try {
    storage?.setItem(key(lessonId), JSON.stringify(ids))
  } catch {
    // Storage full or disabled: the store still holds the progress for this visit.
  }
}

/** Marks checks seen as the playhead passes them, and saves. Returns the unsubscribe function.
 * The learner's own solution counts; the shipped solution ("show solution") does not. */
export function watchProgress(store: AppStore, storage: KeyValueStorage | null): () => void {
  return store.subscribe((s, prev) => {
    if (!s.lessonId || s.showingSolution) return
    if (s.time === prev.time && s.timedChecks === prev.timedChecks) return
    const before = s.seenChecks.length
    s.markSeen(passedIds(s.timedChecks, s.time))
    const after = store.getState()
    if (after.seenChecks.length !== before && after.lessonId) saveProgress(storage, after.lessonId, after.seenChecks)
  })
}
