// The lesson picker (gallery order) with previous and next, and the "All lessons" gallery.
import { useState } from 'react'
import { LESSONS, lessonNeighbours } from '../../scenario/lessons'
import { lessonActions } from '../../state/lesson'
import { LessonGallery } from './LessonGallery'

const open = (id: string) => void lessonActions.openLesson(id)

export function LessonNav({ lessonId }: { lessonId: string | null }) {
  const { previous, next } = lessonId ? lessonNeighbours(lessonId) : {}
  const [gallery, setGallery] = useState(false)
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
      <button type="button" className="icon-button gallery-button" aria-haspopup="dialog" aria-label="All lessons" title="All lessons"
        onClick={() => setGallery(true)}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="currentColor">
          <rect x="1.5" y="1.5" width="5.5" height="5.5" rx="1" /><rect x="9" y="1.5" width="5.5" height="5.5" rx="1" />
          <rect x="1.5" y="9" width="5.5" height="5.5" rx="1" /><rect x="9" y="9" width="5.5" height="5.5" rx="1" />
        </svg>
      </button>
      <LessonGallery open={gallery} onClose={() => setGallery(false)} />
    </div>
  )
}
