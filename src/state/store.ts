// One store for the page, built from slices (zustand's slices pattern). React binds to it in
// ui/; actions that talk to the simulation live beside it as plain functions (actions.ts).
import { createStore } from 'zustand/vanilla'
import { createPlaybackSlice, type PlaybackSlice } from './slices/playback'
import { createScenarioSlice, type ScenarioSlice } from './slices/scenario'
import { createSelectionSlice, type SelectionSlice } from './slices/selection'
import { createSimulationSlice, type SimulationSlice } from './slices/simulation'

export type AppState = PlaybackSlice & ScenarioSlice & SimulationSlice & SelectionSlice

export const createAppStore = () => createStore<AppState>()((...a) => ({
  ...createPlaybackSlice(...a),
  ...createScenarioSlice(...a),
  ...createSimulationSlice(...a),
  ...createSelectionSlice(...a),
}))

export type AppStore = ReturnType<typeof createAppStore>

export const appStore = createAppStore()
