// The lesson gallery's cards: every lesson in gallery order with what the learner has done in it
// (checks seen passing, saved per lesson by progress.ts). Pure, so the dialog only draws it.
import type { Lesson } from '../../scenario/lessons'

export interface Tally {
  seen: number
  total: number
}

export interface GalleryCard {
  id: string
  /** 1-based position in the gallery. */
  number: number
  title: string
  summary: string
  seedLab?: string
  observe: Tally
  task?: Tally
  /** Every observe check seen, and the task's too if there is one. */
  done: boolean
}

const tally = (ids: readonly string[], seen: ReadonlySet<string>): Tally => ({ seen: ids.filter((id) => seen.has(id)).length, total: ids.length })

export function galleryCards(lessons: readonly Lesson[], seenOf: (lessonId: string) => readonly string[]): GalleryCard[] {
  return lessons.map((l, i) => {
    const seen = new Set(seenOf(l.id))
    const observe = tally(l.checks.map((c) => c.id), seen)
    const task = l.task ? tally(l.task.checks.map((c) => c.id), seen) : undefined
    const complete = (t: Tally | undefined) => !t || t.seen === t.total
    return {
      id: l.id,
      number: i + 1,
      title: l.title,
      summary: l.summary,
      ...(l.seedLab ? { seedLab: l.seedLab } : {}),
      observe,
      ...(task ? { task } : {}),
      done: complete(observe) && complete(task),
    }
  })
}
