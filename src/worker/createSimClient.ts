// Chooses the SimClient for the page: a Web Worker when the browser can start one, else the
// in-process client (slower pages still work).
import { InProcessSimClient } from './inProcessSimClient'
import type { SimClient } from './simClient'
import { WorkerSimClient } from './workerSimClient'

export function createSimClient(onRestart?: (reason: string) => void): SimClient {
  if (typeof Worker === 'undefined') return new InProcessSimClient()
  try {
    return new WorkerSimClient({
      create: () => new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }),
      ...(onRestart ? { onRestart } : {}),
    })
  } catch {
    return new InProcessSimClient()
  }
}
