// Chooses the SimClient for the page: a Web Worker when the browser can start one, else the
// in-process client — loaded only then, so the engine never weighs on the page's first paint.
import type { ScenarioInput, SimClient, SimResult } from './simClient'
import { WorkerSimClient } from './workerSimClient'

/** Runs the engine on the page's own thread, importing it on first use. */
class LazyInProcessSimClient implements SimClient {
  private inner: Promise<SimClient> | null = null
  private disposed = false

  private load(): Promise<SimClient> {
    this.inner ??= import('./inProcessSimClient').then((m) => new m.InProcessSimClient())
    return this.inner
  }

  simulate(input: ScenarioInput): Promise<SimResult> {
    if (this.disposed) return Promise.reject(new Error('the simulation client was disposed'))
    return this.load().then((c) => c.simulate(input))
  }

  inspect(input: ScenarioInput, at: number, commands: string[][]): Promise<string[]> {
    if (this.disposed) return Promise.reject(new Error('the simulation client was disposed'))
    return this.load().then((c) => c.inspect?.(input, at, commands) ?? commands.map(() => ''))
  }

  dispose(): void {
    this.disposed = true
    void this.inner?.then((c) => c.dispose())
  }
}

export function createSimClient(onRestart?: (reason: string) => void): SimClient {
  if (typeof Worker === 'undefined') return new LazyInProcessSimClient()
  try {
    return new WorkerSimClient({
      create: () => new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }),
      ...(onRestart ? { onRestart } : {}),
    })
  } catch {
    return new LazyInProcessSimClient()
  }
}
