// Predictions in storage: one per scenario (the autosave key), with the fingerprint of the inputs
// they were made for, so an edit after locking in shows "made for an earlier version" instead of
// scoring answers against a run they were not about. A malformed entry reads as none.
import { END_STATUSES, QUESTIONS, type Prediction, type Question } from '../../scenario/predict'
import type { KeyValueStorage } from '../persistence'

export interface SavedPrediction {
  /** `inputHash` of the scenario when the prediction was locked in. */
  hash: string
  /** The questions asked, in order. */
  ask: Question[]
  /** The Job the questions are about, when the lesson named one. */
  job?: string
  answers: Prediction
  /** The reveal has been seen (the playhead reached it) at least once. */
  revealed: boolean
}

const key = (scenarioId: string) => `jobs-playground:prediction:${scenarioId}`

export function savePrediction(storage: KeyValueStorage | null, scenarioId: string, p: SavedPrediction | null): void {
  try {
    if (p) storage?.setItem(key(scenarioId), JSON.stringify(p))
    else storage?.removeItem(key(scenarioId))
  } catch {
    // A full or blocked storage: the prediction lives for this visit only.
  }
}

const isCount = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0)

function answersOf(v: unknown): Prediction | null {
  if (!v || typeof v !== 'object') return null
  const a = v as Record<string, unknown>
  if (!isCount(a.pods) || !isCount(a.lines)) return null
  if (a.status !== undefined && !END_STATUSES.includes(a.status as never)) return null
  if (a.end !== undefined && a.end !== 'never' && !(typeof a.end === 'number' && a.end >= 0)) return null
  return a as Prediction
}

export function loadPrediction(storage: KeyValueStorage | null, scenarioId: string): SavedPrediction | null {
  try {
    const v: unknown = JSON.parse(storage?.getItem(key(scenarioId)) ?? 'null')
    if (!v || typeof v !== 'object') return null
    const p = v as Record<string, unknown>
    const answers = answersOf(p.answers)
    const ask = Array.isArray(p.ask) ? p.ask.filter((q): q is Question => QUESTIONS.includes(q as never)) : []
    if (typeof p.hash !== 'string' || !answers || ask.length === 0) return null
    return { hash: p.hash, ask, ...(typeof p.job === 'string' ? { job: p.job } : {}), answers, revealed: p.revealed === true }
  } catch {
    return null
  }
}
