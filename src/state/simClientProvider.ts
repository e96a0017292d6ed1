// The one place that decides which SimClient the page talks to: the real engine, in a Web Worker
// (or on the page's thread when a worker cannot start), behind the runs shipped precomputed
// (the default lesson as it opens). Tests may set their own.
import { createSimClient } from '../worker/createSimClient'
import { PRECOMPUTED_RUNS } from '../worker/precomputed'
import { PrecomputedSimClient } from '../worker/precomputedSimClient'
import type { SimClient } from '../worker/simClient'
import { appStore, type AppStore } from './store'

let client: SimClient | null = null

/**
 * What the page does when the worker crashed or ran past its watchdog and was replaced: say so
 * where the learner is looking (the status banner). The store keeps the files and the last good
 * trace, so the text and the timeline stay; the next edit or "Try again" starts a fresh worker.
 */
export const reportWorkerRestart = (store: AppStore) => (reason: string): void => {
  store.getState().failSimulation(reason)
}

export function getSimClient(): SimClient {
  client ??= new PrecomputedSimClient(createSimClient(reportWorkerRestart(appStore)), PRECOMPUTED_RUNS)
  return client
}

/** Tests and the embed fallback may supply their own client. */
export function setSimClient(next: SimClient): void {
  client?.dispose()
  client = next
}
