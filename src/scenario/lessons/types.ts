// A lesson is data (docs/LESSONS.md): a scenario, plain text that points at moments on the
// timeline, observe checks that the scenario satisfies as it plays, and optionally a task whose
// checks fail on the starting files and pass on the solution.
import type { Check } from '../checks/types'
import type { Question } from '../predict/types'

export interface Paragraph {
  text: string
  /** Simulated ms this paragraph is about; the page can offer "jump to this moment". */
  at?: number
  /** Id of an observe check that passes at this moment. The tests hold `at` to that check's pass
   * time, so the text cannot drift from what the engine does. */
  anchor?: string
}

export interface LessonTask {
  /** What the learner is asked to change, in one or two sentences. */
  prompt: string
  /** Scenario YAML the task starts from (often the lesson's own scenario). */
  start: string
  /** A scenario YAML that solves it; proven by the unit tests, shown on request. */
  solution: string
  /** Kind `task`: fail on `start`, pass on `solution`. */
  checks: Check[]
}

/** "Predict, then reveal" (docs/LESSONS.md): the questions the learner answers before playing.
 * A lesson with one shows "Make a prediction" in its checklist until a prediction is revealed. */
export interface LessonPredict {
  /** Which questions, in the order the form asks them. */
  ask: Question[]
  /** The Job the questions are about when the scenario has several (default: the first). */
  job?: string
  /** One line above the form that says what to think about. */
  prompt?: string
}

export interface Lesson {
  /** URL-safe id, used by `?lesson=`. */
  id: string
  title: string
  /** One line for the gallery. */
  summary: string
  /** The seed section this lesson comes from, if any. */
  seedLab?: string
  /** Scenario YAML (DESIGN §4.1). */
  scenario: string
  text: Paragraph[]
  /** Kind `observe`: pass as the scenario plays. */
  checks: Check[]
  task?: LessonTask
  predict?: LessonPredict
}

/** Seconds to simulated milliseconds, so lesson text reads in seconds. */
export const sec = (s: number): number => Math.round(s * 1000)

/** The hostPath file most seed labs write, as a node path. */
export const MESSAGE_TXT = '/tmp/data/message.txt'
