// The one place that decides which SimClient the page talks to: the real engine, in a Web Worker
// (or on the page's thread when a worker cannot start). Tests may set their own.
import { createSimClient } from '../worker/createSimClient'
import type { SimClient } from '../worker/simClient'

let client: SimClient | null = null

export function getSimClient(): SimClient {
  client ??= createSimClient()
  return client
}

/** Tests and the embed fallback may supply their own client. */
export function setSimClient(next: SimClient): void {
  client?.dispose()
  client = next
}
