// What the prediction UI shows, from the store alone: nothing to show, a prediction made for
// other inputs, one waiting for its reveal, or the scored answers once the playhead has reached
// the moment every answer is settled. The outcome is computed once per trace and Job.
import { lessonById } from '../../scenario/lessons'
import { outcomeOf, PREDICT_FILE, QUESTIONS, score, type Outcome, type Question, type ScoredAnswer } from '../../scenario/predict'
import type { Trace } from '../../sim/trace/events'
import { containerPath } from '../selectors/containerPath'
import { scenarioInput } from '../slices/scenario'
import { isStale } from '../slices/simulation'
import type { AppState } from '../store'
import { inputHash } from './inputHash'

export type PredictionPhase = 'none' | 'stale' | 'waiting' | 'revealed'

const outcomes = new WeakMap<Trace, Map<string, Outcome | null>>()
export function outcomeFor(trace: Trace, job: string | undefined): Outcome | null {
  const byJob = outcomes.get(trace) ?? new Map<string, Outcome | null>()
  outcomes.set(trace, byJob)
  const k = job ?? ''
  if (!byJob.has(k)) byJob.set(k, outcomeOf(trace, job))
  return byJob.get(k) ?? null
}

// The inputs change only on an edit; the playhead changes every frame. Hash once per inputs.
let lastHash: { files: unknown; steps: unknown; seed: number; hash: string } | null = null
export function currentHash(s: AppState): string {
  if (lastHash && lastHash.files === s.files && lastHash.steps === s.steps && lastHash.seed === s.seed) return lastHash.hash
  const hash = inputHash(scenarioInput(s))
  lastHash = { files: s.files, steps: s.steps, seed: s.seed, hash }
  return hash
}

/** The questions to ask here: the lesson's, else all of them, the file's only when a pod mounts it. */
export function questionsFor(s: Pick<AppState, 'lessonId' | 'mounts'>): { ask: Question[]; job?: string; prompt?: string } {
  const p = s.lessonId ? lessonById(s.lessonId)?.predict : undefined
  if (p) return p
  const mounted = containerPath(PREDICT_FILE, s.mounts) !== null
  return { ask: QUESTIONS.filter((q) => q !== 'lines' || mounted) }
}

export function predictionPhase(s: AppState): PredictionPhase {
  const p = s.prediction
  if (!p) return 'none'
  if (p.hash !== currentHash(s)) return 'stale'
  if (!s.trace || s.status !== 'idle' || isStale(s)) return 'waiting'
  const o = outcomeFor(s.trace, p.job)
  return o && s.time >= o.settledAt ? 'revealed' : 'waiting'
}

/** The scored rows, for a revealed prediction; empty otherwise. */
export function predictionRows(s: AppState): ScoredAnswer[] {
  const p = s.prediction
  const o = p && s.trace ? outcomeFor(s.trace, p.job) : null
  return p && o && predictionPhase(s) === 'revealed' ? score(p.answers, o, p.ask) : []
}
