// The SimClient backed by a Web Worker. A worker that crashes, or takes longer than the
// watchdog allows, is terminated and replaced on the next request; pending requests fail with
// a reason the page can show. The main thread never blocks on the simulation.
import { isReply, PendingRequests, type Reply, type RequestBody } from './protocol'
import type { ScenarioInput, SimClient, SimResult } from './simClient'

export interface WorkerSimClientOptions {
  /** Creates the worker (injected, so tests and the app choose how). */
  create: () => Worker
  /** A request running longer than this is abandoned and the worker restarted (default 20 s). */
  watchdogMs?: number
  /** Told when the worker had to be restarted, with the reason. */
  onRestart?: (reason: string) => void
}

export class WorkerSimClient implements SimClient {
  private worker: Worker | null = null
  private readonly pending = new PendingRequests()
  private disposed = false
  /** Simulations waiting for a reply; a warm-up ping is not one. */
  private simulating = 0

  constructor(private readonly o: WorkerSimClientOptions) {}

  private ensure(): Worker {
    if (this.worker) return this.worker
    const w = this.o.create()
    w.onmessage = (e: MessageEvent<unknown>) => {
      if (isReply(e.data)) this.pending.settle(e.data)
    }
    w.onerror = (e) => this.restart(`the simulation worker crashed: ${e.message || 'unknown error'}`)
    w.onmessageerror = () => this.restart('the simulation worker sent a message that could not be read')
    this.worker = w
    return w
  }

  private restart(reason: string): void {
    this.worker?.terminate()
    this.worker = null
    this.pending.failAll(reason)
    // A worker that dies while only warming up has cost the learner nothing: the next request
    // starts a fresh one, and reports if that one fails too.
    if (this.simulating > 0) this.o.onRestart?.(reason)
  }

  /** Starts the worker, so it has loaded the engine by the learner's first edit. */
  warmUp(typical?: ScenarioInput): void {
    if (this.disposed || this.worker) return
    const { request, reply } = this.pending.start(typical ? { type: 'ping', warm: typical } : { type: 'ping' })
    reply.catch(() => undefined)
    this.ensure().postMessage(request)
  }

  async simulate(input: ScenarioInput): Promise<SimResult> {
    const r = await this.request({ type: 'simulate', input })
    if (r.type !== 'result') throw new Error(`unexpected reply ${r.type}`)
    return r.result
  }

  async inspect(input: ScenarioInput, at: number, commands: string[][]): Promise<string[]> {
    const r = await this.request({ type: 'inspect', input, at, commands })
    if (r.type !== 'inspection') throw new Error(`unexpected reply ${r.type}`)
    return r.outputs
  }

  /** Sends a request that runs the engine, under the watchdog; a crash during it is reported. */
  private async request(body: Extract<RequestBody, { type: 'simulate' | 'inspect' }>): Promise<Reply> {
    if (this.disposed) throw new Error('the simulation client was disposed')
    const { request, reply } = this.pending.start(body)
    this.simulating++
    this.ensure().postMessage(request)
    const ms = this.o.watchdogMs ?? 20_000
    let timer: ReturnType<typeof setTimeout> | undefined
    const watchdog = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.restart(`the simulation took longer than ${Math.round(ms / 1000)} s and was stopped`)
        reject(new Error(`the simulation took longer than ${Math.round(ms / 1000)} s and was stopped`))
      }, ms)
    })
    try {
      return await Promise.race([reply, watchdog])
    } finally {
      this.simulating--
      clearTimeout(timer)
    }
  }

  dispose(): void {
    this.disposed = true
    this.worker?.terminate()
    this.worker = null
    this.pending.failAll('the simulation client was disposed')
  }
}
