// The moment the page has shown its first run: the timeline has drawn a result, or the first
// simulation failed (then there is nothing to wait for). Heavy extras — Monaco, xterm, the
// simulation worker when a precomputed run answered — start loading only then, so on a slow
// machine they never compete with the first paint for the main thread or the network.
import type { AppStore } from './store'

/** Resolves once the first result is drawn (or failed), or after `limitMs` whatever happened —
 * a page without a timeline (an embed showing only the observer) must still load its extras. */
export function whenFirstDrawn(store: AppStore, limitMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      const s = store.getState()
      return s.drawnVersion > 0 || s.status === 'error'
    }
    if (done()) return resolve()
    const finish = () => {
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
    const timer = setTimeout(finish, limitMs)
    const unsubscribe = store.subscribe(() => {
      if (done()) finish()
    })
  })
}
