// "Predict, then reveal": the learner says what a run will do before playing it, and the run
// scores each answer. Plain data, so a prediction can be saved and a lesson can ask for one.

/** What can be predicted about a run, in the order the form asks. */
export const QUESTIONS = ['pods', 'status', 'lines', 'end'] as const
export type Question = (typeof QUESTIONS)[number]

/** How the Job stands when the run ends: finished either way, or still Running or Suspended. */
export const END_STATUSES = ['Complete', 'Failed', 'Running', 'Suspended'] as const
export type EndStatus = (typeof END_STATUSES)[number]

/** The learner's answers; a question left out is not scored. `end` is simulated ms, or 'never'
 * for "the Job will not finish in this run". */
export interface Prediction {
  pods?: number
  status?: EndStatus
  lines?: number
  end?: number | 'never'
}

/** A moment in the trace that explains an answer: its sentence and when it happened. */
export interface Why {
  text: string
  at: number
}

/** What the run really did, for one Job. */
export interface Outcome {
  job: string
  /** Pods created for the Job over the whole run. */
  pods: number
  status: EndStatus
  /** The file the question is about, as a node path (`/tmp/data/message.txt`). */
  file: string
  /** Lines of that file as the run leaves it (0 if nothing wrote it). */
  lines: number
  /** When the Job's Complete or Failed condition appeared; null if it never did. */
  end: number | null
  /** The playhead time from which every answer is settled: the reveal moment. */
  settledAt: number
  /** Sentences from the trace (controller decisions, writes) that explain each answer. */
  why: Record<Question, Why[]>
}

export interface ScoredAnswer {
  question: Question
  predicted: Prediction[Question]
  actual: Prediction[Question]
  right: boolean
  why: Why[]
}
