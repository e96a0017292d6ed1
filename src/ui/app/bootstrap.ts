// Starts the page: installs the automation API, starts keeping lesson progress, then opens what
// the address asks for (a `#s=` link, a `?lesson=`, or the default lesson, with the learner's
// autosaved text for it) and simulates it; then, with the first run on screen, warms the worker.
import { lessonActions, watchProgress } from '../../state/lesson'
import { browserStorage } from '../../state/persistence'
import { watchPredictions } from '../../state/predict'
import { getSimClient } from '../../state/simClientProvider'
import { appStore } from '../../state/store'
import { afterFirstPaint } from './afterFirstPaint'
import { installPageApi } from './pageApi'

export function startPlayground(): void {
  installPageApi()
  watchProgress(appStore, browserStorage())
  watchPredictions(appStore, browserStorage())
  void lessonActions.openFromUrl(window.location.href)
  // The default lesson is answered from a precomputed run; start the worker once the page is up
  // so the learner's first edit does not wait for it to load the engine.
  void afterFirstPaint().then(() => getSimClient().warmUp?.())
}
