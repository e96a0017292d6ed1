// Locking in a prediction (saved with the inputs' fingerprint, then the run plays from the start)
// and discarding one. Bound to the page's store and storage in ./index.ts.
import type { Prediction, Question } from '../../scenario/predict'
import { lessonById } from '../../scenario/lessons'
import { saveProgress } from '../lesson/progress'
import type { KeyValueStorage } from '../persistence'
import type { AppStore } from '../store'
import { loadPrediction, savePrediction, type SavedPrediction } from './savedPrediction'
import { currentHash, predictionPhase } from './view'

/** The progress id a lesson that asks for a prediction records at the first reveal. */
export const MAKE_A_PREDICTION = 'make-a-prediction'

export interface PredictActions {
  lock: (answers: Prediction, ask: Question[], job?: string) => void
  discard: () => void
}

export function createPredictActions(store: AppStore, storage: KeyValueStorage | null): PredictActions {
  return {
    lock(answers, ask, job) {
      const s = store.getState()
      const saved: SavedPrediction = { hash: currentHash(s), ask, ...(job ? { job } : {}), answers, revealed: false }
      savePrediction(storage, s.scenarioId, saved)
      s.setPrediction(saved)
      s.seek(0)
      s.play()
    },
    discard() {
      const s = store.getState()
      savePrediction(storage, s.scenarioId, null)
      s.setPrediction(null)
    },
  }
}

/** Loads the saved prediction whenever another scenario opens, and remembers the first reveal
 * (a lesson that asks for a prediction ticks "Make a prediction" from then on, in its progress,
 * so the tick survives "Predict again"). */
export function watchPredictions(store: AppStore, storage: KeyValueStorage | null): () => void {
  store.getState().setPrediction(loadPrediction(storage, store.getState().scenarioId))
  return store.subscribe((s, prev) => {
    if (s.scenarioId !== prev.scenarioId) {
      s.setPrediction(loadPrediction(storage, s.scenarioId))
      return
    }
    if (s.prediction && !s.prediction.revealed && predictionPhase(s) === 'revealed') {
      const revealed = { ...s.prediction, revealed: true }
      savePrediction(storage, s.scenarioId, revealed)
      s.setPrediction(revealed)
      const lessonId = s.lessonId
      if (lessonId && !s.showingSolution && lessonById(lessonId)?.predict) {
        store.getState().markSeen([MAKE_A_PREDICTION])
        saveProgress(storage, lessonId, store.getState().seenChecks)
      }
    }
  })
}
