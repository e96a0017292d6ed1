// "Your task": the prompt, its checks, and the shipped solution on request. The solution opens
// under its own autosave key, so the learner's attempt is still there when they go back.
import type { LessonTask } from '../../scenario/lessons'
import { lessonActions } from '../../state/lesson'
import { useAppStore } from '../hooks/useAppStore'
import { Checklist } from './Checklist'
import { InlineText } from './InlineText'

export function TaskSection({ lessonId, task }: { lessonId: string; task: LessonTask }) {
  const showingSolution = useAppStore((s) => s.showingSolution)
  return (
    <section className="lesson-task" aria-label="Your task">
      <h3>Your task</h3>
      <p><InlineText text={task.prompt} /></p>
      <Checklist kind="task" label="Task checks" />
      {showingSolution ? (
        <p className="solution-note">
          The editor shows the solution.{' '}
          <button type="button" className="link-button" onClick={() => void lessonActions.openLesson(lessonId)}>Back to your version</button>
        </p>
      ) : (
        <button type="button" className="small-button" onClick={() => void lessonActions.showSolution()}>Show solution</button>
      )}
    </section>
  )
}
