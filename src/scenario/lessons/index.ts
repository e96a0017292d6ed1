// The lesson registry, in gallery order: the seed's labs in the seed's order, then the lessons
// that go beyond it. `?lesson=<id>` and the gallery both read this list.
import { lesson as activeDeadline } from './job-active-deadline/lesson'
import { lesson as backoffLimit } from './job-backoff-limit/lesson'
import { lesson as completionsGtParallelism } from './job-completions-gt-parallelism/lesson'
import { lesson as completionsLtParallelism } from './job-completions-lt-parallelism/lesson'
import { lesson as completions } from './job-completions/lesson'
import { lesson as imperativeCommands } from './job-imperative-commands/lesson'
import { lesson as indexedAnnotation } from './job-indexed-annotation/lesson'
import { lesson as indexedEnv } from './job-indexed-env/lesson'
import { lesson as initContainers } from './job-init-containers/lesson'
import { lesson as observerWriter } from './job-observer-writer/lesson'
import { lesson as parallelism } from './job-parallelism/lesson'
import { lesson as podCommunication } from './job-pod-communication/lesson'
import { lesson as restartPolicy } from './job-restart-policy/lesson'
import { lesson as suspend } from './job-suspend/lesson'
import { lesson as ttl } from './job-ttl/lesson'
import { lesson as workQueueCoarse } from './job-work-queue-coarse/lesson'
import { lesson as workQueue } from './job-work-queue/lesson'
import { lesson as volumes } from './job-volumes/lesson'
import { lesson as hostPathNodes } from './job-hostpath-nodes/lesson'
import { lesson as sharedVolume } from './job-shared-volume/lesson'
import { lesson as backoffPerIndex } from './job-backoff-per-index/lesson'
import { lesson as podFailurePolicy } from './job-pod-failure-policy/lesson'
import { lesson as podReplacementPolicy } from './job-pod-replacement-policy/lesson'
import { lesson as successPolicy } from './job-success-policy/lesson'
import { lesson as cronjobSchedule } from './cronjob-schedule/lesson'
import { lesson as drainDisruption } from './job-drain-disruption/lesson'
import { lesson as nodeFailure } from './job-node-failure/lesson'
import { lesson as exitCodes } from './job-exit-codes/lesson'
import type { Lesson } from './types'

export type { Lesson, LessonPredict, LessonTask, Paragraph } from './types'

export const LESSONS: readonly Lesson[] = [
  completions,
  parallelism,
  completionsGtParallelism,
  completionsLtParallelism,
  backoffLimit,
  activeDeadline,
  indexedEnv,
  indexedAnnotation,
  imperativeCommands,
  observerWriter,
  initContainers,
  suspend,
  podCommunication,
  restartPolicy,
  ttl,
  workQueueCoarse,
  workQueue,
  volumes,
  hostPathNodes,
  sharedVolume,
  podFailurePolicy,
  backoffPerIndex,
  successPolicy,
  podReplacementPolicy,
  cronjobSchedule,
  drainDisruption,
  exitCodes,
  nodeFailure,
]

/** The lesson a `?lesson=` link opens first when none (or an unknown one) is named. */
export const DEFAULT_LESSON_ID = 'job-completions'

/** `window.__playground.lessons()`: ids and titles in gallery order. */
export const lessonList = (): { id: string; title: string }[] => LESSONS.map(({ id, title }) => ({ id, title }))

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id)
}

/** Previous and next in gallery order, for the lesson navigation. */
export function lessonNeighbours(id: string): { previous?: Lesson; next?: Lesson } {
  const i = LESSONS.findIndex((l) => l.id === id)
  if (i < 0) return {}
  const previous = LESSONS[i - 1]
  const next = LESSONS[i + 1]
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) }
}
