// "All lessons": a modal grid of every lesson in gallery order with the learner's progress in
// each (checks seen passing, from local storage), so a learner sees where they are and picks up
// anywhere. A native <dialog>: focus is trapped, Escape closes, the page behind is inert.
import { useEffect, useRef } from 'react'
import { LESSONS } from '../../scenario/lessons'
import { lessonActions } from '../../state/lesson'
import { galleryCards, type Tally } from '../../state/lesson/gallery'
import { loadProgress } from '../../state/lesson/progress'
import { browserStorage } from '../../state/persistence'
import { useAppStore } from '../hooks/useAppStore'
import './lessonGallery.css'

const tallyText = (t: Tally) => `${t.seen}/${t.total}`

export function LessonGallery({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const current = useAppStore((s) => s.lessonId)
  const seenNow = useAppStore((s) => s.seenChecks)

  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])

  // Read when shown: the open lesson's progress from the store (it may not be saved yet), the
  // others' from storage.
  const storage = browserStorage()
  const cards = open ? galleryCards(LESSONS, (id) => (id === current ? seenNow : loadProgress(storage, id))) : []
  const finished = cards.filter((c) => c.done).length

  return (
    <dialog ref={dialog} className="lesson-gallery" aria-labelledby="lesson-gallery-title" onClose={onClose}
      onClick={(e) => { if (e.target === e.currentTarget) onClose() }}>
      <header>
        <h2 id="lesson-gallery-title">All lessons</h2>
        <span className="muted">{finished} of {cards.length} done</span>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>×</button>
      </header>
      <ol className="gallery-grid">
        {cards.map((c) => (
          <li key={c.id}>
            <button type="button" className="gallery-card" aria-current={c.id === current ? 'true' : undefined} data-lesson={c.id}
              onClick={() => { onClose(); void lessonActions.openLesson(c.id) }}>
              <span className="card-top">
                <span className="card-number">{c.number}</span>
                {c.seedLab && <span className="card-tag" title={c.seedLab}>seed lab</span>}
                {c.done && <span className="card-done" aria-label="done">✓</span>}
              </span>
              <span className="card-title">{c.title}</span>
              <span className="card-summary">{c.summary}</span>
              <span className="card-progress">
                <span title="What you should see: checks seen passing">seen {tallyText(c.observe)}</span>
                {c.task && <span title="Task checks passed">task {tallyText(c.task)}</span>}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </dialog>
  )
}
