// Starts the page: installs the automation API, starts keeping lesson progress, then opens what
// the address asks for (a `#s=` link, a `?lesson=`, or the default lesson, with the learner's
// autosaved text for it) and simulates it.
import { lessonActions, watchProgress } from '../../state/lesson'
import { browserStorage } from '../../state/persistence'
import { appStore } from '../../state/store'
import { installPageApi } from './pageApi'

export function startPlayground(): void {
  installPageApi()
  watchProgress(appStore, browserStorage())
  void lessonActions.openFromUrl(window.location.href)
}
