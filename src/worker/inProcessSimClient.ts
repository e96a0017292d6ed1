// The SimClient that runs the core on the calling thread: for tests, and for when a worker
// cannot start. It yields to the event loop first so callers see the same async shape.
import type { ScenarioInput, SimClient, SimResult } from './simClient'
import { inspect, simulate } from './simulate'

export class InProcessSimClient implements SimClient {
  private disposed = false

  async simulate(input: ScenarioInput): Promise<SimResult> {
    await Promise.resolve()
    if (this.disposed) throw new Error('the simulation client was disposed')
    return simulate(input)
  }

  async inspect(input: ScenarioInput, at: number, commands: string[][]): Promise<string[]> {
    await Promise.resolve()
    if (this.disposed) throw new Error('the simulation client was disposed')
    return inspect(input, at, commands)
  }

  dispose(): void {
    this.disposed = true
  }
}
