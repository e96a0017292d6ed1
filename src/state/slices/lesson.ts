// The lesson on screen: which one, its checks timed on the current trace (pass times do not depend
// on the playhead, so they are computed once per trace), the checks the learner has seen pass, and
// page notices (a bad link, an unknown lesson) shown in the status banner as plain text.
import type { StateCreator } from 'zustand/vanilla'
import { timeChecks, type TimedCheck } from '../../scenario/checks'
import { lessonById } from '../../scenario/lessons'
import type { Trace } from '../../sim/trace/events'

export interface LessonSlice {
  /** The lesson whose text and checks are shown; null for a shared scenario without one. */
  lessonId: string | null
  /** True while the editor holds the lesson's task solution rather than the learner's text. */
  showingSolution: boolean
  /** Observe checks, then task checks, timed on the trace on screen. */
  timedChecks: TimedCheck[]
  /** Check ids the learner has seen passed in this lesson (kept in localStorage). */
  seenChecks: string[]
  notices: string[]
  setLesson: (id: string | null, seen: string[], showingSolution?: boolean) => void
  retimeChecks: (trace: Trace | null) => void
  markSeen: (ids: string[]) => void
  addNotice: (text: string) => void
  dismissNotices: () => void
}

export const createLessonSlice: StateCreator<LessonSlice> = (set, get) => ({
  lessonId: null,
  showingSolution: false,
  timedChecks: [],
  seenChecks: [],
  notices: [],
  setLesson: (id, seen, showingSolution = false) => set({ lessonId: id, seenChecks: [...seen], showingSolution, timedChecks: [] }),
  retimeChecks: (trace) => {
    const lesson = get().lessonId ? lessonById(get().lessonId ?? '') : undefined
    const checks = lesson ? [...lesson.checks, ...(lesson.task?.checks ?? [])] : []
    set({ timedChecks: trace && checks.length ? timeChecks(checks, trace) : [] })
  },
  markSeen: (ids) => {
    const fresh = ids.filter((id) => !get().seenChecks.includes(id))
    if (fresh.length) set({ seenChecks: [...get().seenChecks, ...fresh] })
  },
  addNotice: (text) => {
    if (!get().notices.includes(text)) set({ notices: [...get().notices, text] })
  },
  dismissNotices: () => set({ notices: [] }),
})
