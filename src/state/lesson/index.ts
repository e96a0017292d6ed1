// The page's lesson actions, bound to the page's store and storage (like `actions`).
import { actions } from '../actions'
import { browserStorage } from '../persistence'
import { compareActions, compareStore } from '../compare'
import { appStore } from '../store'
import { createLessonActions } from './lessonActions'

export const lessonActions = createLessonActions(appStore, browserStorage(), actions, {
  isOpen: () => compareStore.getState().open,
  openWith: compareActions.openWith,
  fragment: compareActions.fragment,
})
export { checklist, passedIds } from './checklist'
export { watchProgress } from './progress'
