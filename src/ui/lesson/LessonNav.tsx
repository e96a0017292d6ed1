// The lesson picker (gallery order) with previous and next.
import { LESSONS, lessonNeighbours } from '../../scenario/lessons'
import { lessonActions } from '../../state/lesson'

const open = (id: string) => void lessonActions.openLesson(id)

export function LessonNav({ lessonId }: { lessonId: string | null }) {
  const { previous, next } = lessonId ? lessonNeighbours(lessonId) : {}
  return (
    <div className="lesson-nav">
      <button type="button" className="icon-button" disabled={!previous} onClick={() => previous && open(previous.id)}
        aria-label={previous ? `Previous lesson: ${previous.title}` : 'Previous lesson'} title={previous?.title}>‹</button>
      <select aria-label="Lesson" value={lessonId ?? ''} onChange={(e) => open(e.currentTarget.value)}>
        {!lessonId && <option value="">Shared scenario</option>}
        {LESSONS.map((l, i) => <option key={l.id} value={l.id}>{i + 1}. {l.title}</option>)}
      </select>
      <button type="button" className="icon-button" disabled={!next} onClick={() => next && open(next.id)}
        aria-label={next ? `Next lesson: ${next.title}` : 'Next lesson'} title={next?.title}>›</button>
    </div>
  )
}
