// The page's prediction actions, bound to the page's store and storage (like `lessonActions`).
import { browserStorage } from '../persistence'
import { appStore } from '../store'
import { createPredictActions } from './predictActions'

export const predictActions = createPredictActions(appStore, browserStorage())
export { MAKE_A_PREDICTION, watchPredictions } from './predictActions'
export { currentHash, outcomeFor, predictionPhase, predictionRows, questionsFor, type PredictionPhase } from './view'
