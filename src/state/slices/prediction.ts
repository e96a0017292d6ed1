// The learner's prediction for the scenario on screen ("Predict, then reveal"), as saved: the
// answers and a fingerprint of the inputs they were made for. Loaded per scenario by
// state/predict/watchPredictions.ts; what it scores is computed from the trace (state/predict/view.ts).
import type { StateCreator } from 'zustand/vanilla'
import type { SavedPrediction } from '../predict/savedPrediction'

export interface PredictionSlice {
  prediction: SavedPrediction | null
  setPrediction: (p: SavedPrediction | null) => void
}

export const createPredictionSlice: StateCreator<PredictionSlice> = (set) => ({
  prediction: null,
  setPrediction: (prediction) => set({ prediction }),
})
