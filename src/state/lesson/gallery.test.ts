import { describe, expect, it } from 'vitest'
import { LESSONS } from '../../scenario/lessons'
import { galleryCards } from './gallery'

describe('galleryCards', () => {
  it('lists every lesson in gallery order, numbered from 1', () => {
    const cards = galleryCards(LESSONS, () => [])
    expect(cards.map((c) => c.id)).toEqual(LESSONS.map((l) => l.id))
    expect(cards.map((c) => c.number)).toEqual(LESSONS.map((_, i) => i + 1))
    expect(cards.every((c) => !c.done && c.observe.seen === 0 && c.observe.total > 0)).toBe(true)
  })

  it('counts the checks seen, ignores ids that are not the lesson\'s, and is done only with the task too', () => {
    const lesson = LESSONS.find((l) => l.task)!
    const observeIds = lesson.checks.map((c) => c.id)
    const taskIds = lesson.task!.checks.map((c) => c.id)
    const card = (seen: string[]) => galleryCards([lesson], () => seen)[0]!
    expect(card([observeIds[0]!, 'not-a-check']).observe).toEqual({ seen: 1, total: observeIds.length })
    expect(card(observeIds)).toMatchObject({ done: false, task: { seen: 0, total: taskIds.length } })
    expect(card([...observeIds, ...taskIds]).done).toBe(true)
  })
})
