// One store for the page, built from slices (zustand's slices pattern). React binds to it in
// ui/; actions that talk to the simulation live beside it as plain functions (actions.ts).
import { createStore } from 'zustand/vanilla'
import { createLessonSlice, type LessonSlice } from './slices/lesson'
import { createPlaybackSlice, type PlaybackSlice } from './slices/playback'
import { createPredictionSlice, type PredictionSlice } from './slices/prediction'
import { createScenarioSlice, type ScenarioSlice } from './slices/scenario'
import { createSelectionSlice, type SelectionSlice } from './slices/selection'
import { createSimulationSlice, type SimulationSlice } from './slices/simulation'

export type AppState = PlaybackSlice & ScenarioSlice & SimulationSlice & SelectionSlice & LessonSlice & PredictionSlice

export const createAppStore = () => {
  const store = createStore<AppState>()((...a) => ({
    ...createPlaybackSlice(...a),
    ...createScenarioSlice(...a),
    ...createSimulationSlice(...a),
    ...createSelectionSlice(...a),
    ...createLessonSlice(...a),
    ...createPredictionSlice(...a),
  }))
  // Check pass times belong to one trace: re-time them whenever a new trace lands, whoever
  // applied it. Opening a lesson clears them first (setLesson) and always re-simulates, so a
  // lesson's checks are never timed on the previous lesson's run.
  store.subscribe((s, prev) => {
    if (s.trace !== prev.trace) s.retimeChecks(s.trace)
  })
  return store
}

export type AppStore = ReturnType<typeof createAppStore>

export const appStore = createAppStore()
