// The lesson beside the editor: picker, the text with its moments, the checklist that ticks as
// the playhead passes each check, and the task. The checks sit in their own region under the
// text, so they stay in view while the learner reads and plays.
import { lessonById } from '../../scenario/lessons'
import { useAppStore } from '../hooks/useAppStore'
import { LessonPredict } from '../predict/LessonPredict'
import { Checklist } from './Checklist'
import { LessonNav } from './LessonNav'
import { LessonText } from './LessonText'
import { TaskSection } from './TaskSection'

export function LessonPanel() {
  const lessonId = useAppStore((s) => s.lessonId)
  const lesson = lessonId ? lessonById(lessonId) : undefined
  return (
    <aside className="pane lesson-panel" aria-label="Lesson" data-region="lesson">
      <div className="pane-head"><h2 className="pane-title">Lesson</h2></div>
      <LessonNav lessonId={lessonId} />
      <div className="lesson-body">
        {lesson ? (
          <>
            <h2 className="lesson-title">{lesson.title}</h2>
            <p className="lesson-summary">{lesson.summary}</p>
            <LessonText paragraphs={lesson.text} />
          </>
        ) : (
          <p className="muted">This is a shared scenario. Pick a lesson above to start one.</p>
        )}
      </div>
      {lesson && (
        <div className="lesson-checks">
          {lesson.predict && <LessonPredict predict={lesson.predict} />}
          <Checklist kind="observe" label="What you should see" />
          {lesson.task && <TaskSection lessonId={lesson.id} task={lesson.task} />}
        </div>
      )}
    </aside>
  )
}
