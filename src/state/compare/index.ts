// Compare mode bound to the page's store, storage and SimClient (like `actions`).
import { browserStorage } from '../persistence'
import { getSimClient } from '../simClientProvider'
import { appStore } from '../store'
import { createCompareActions } from './compareActions'
import { createCompareStore } from './compareStore'

export const compareStore = createCompareStore()
export const compareActions = createCompareActions(appStore, compareStore, browserStorage(), getSimClient)
export { diffOutcomes, summarizeOutcome, type DiffRow, type Outcome } from './outcome'
export { presetsFor, type Preset } from './presets'
export { isBStale, type CompareState, type Side } from './compareStore'
