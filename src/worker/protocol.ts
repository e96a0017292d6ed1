// The one message contract between the page and the simulation worker. Both sides import this
// module; every request carries an id and every reply names the id it answers.
import type { ScenarioInput, SimResult } from './simClient'

export const PROTOCOL_VERSION = 1

export type Request =
  /** `warm`: an input to simulate a few times, results unused, so the engine's hot code is
   * compiled before the learner's first edit needs it. */
  | { type: 'ping'; id: number; warm?: ScenarioInput }
  | { type: 'simulate'; id: number; input: ScenarioInput }
  | { type: 'inspect'; id: number; input: ScenarioInput; at: number; commands: string[][] }

export type Reply =
  | { type: 'pong'; id: number; version: number }
  | { type: 'result'; id: number; result: SimResult }
  | { type: 'inspection'; id: number; outputs: string[] }
  | { type: 'error'; id: number; message: string }

/** A request before it has an id (Omit distributed over the union). */
export type RequestBody = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never

/** Checks that a message from the other side has the shape of a Reply (a trust boundary). */
export function isReply(v: unknown): v is Reply {
  if (!v || typeof v !== 'object') return false
  const m = v as Record<string, unknown>
  return typeof m.id === 'number' && (m.type === 'pong' || m.type === 'result' || m.type === 'inspection' || m.type === 'error')
}

export function isRequest(v: unknown): v is Request {
  if (!v || typeof v !== 'object') return false
  const m = v as Record<string, unknown>
  const hasInput = typeof m.input === 'object' && m.input !== null
  return typeof m.id === 'number' && (m.type === 'ping' || (m.type === 'simulate' && hasInput)
    || (m.type === 'inspect' && hasInput && typeof m.at === 'number' && Array.isArray(m.commands)))
}

/**
 * Correlates replies with the requests that caused them. Each pending request is settled
 * exactly once, by its reply, by an error, or by dispose(); no handler outlives its request.
 */
export class PendingRequests {
  private nextId = 1
  private pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>()

  get size(): number {
    return this.pending.size
  }

  /** Builds a request with a fresh id and a promise for its reply. */
  start(body: RequestBody): { request: Request; reply: Promise<Reply> } {
    const id = this.nextId++
    const request = { ...body, id } as Request
    const reply = new Promise<Reply>((resolve, reject) => this.pending.set(id, { resolve, reject }))
    return { request, reply }
  }

  /** Settles the request a reply answers; replies for unknown ids are ignored. */
  settle(reply: Reply): void {
    const handler = this.pending.get(reply.id)
    if (!handler) return
    this.pending.delete(reply.id)
    if (reply.type === 'error') handler.reject(new Error(reply.message))
    else handler.resolve(reply)
  }

  /** Rejects every pending request, e.g. when the worker crashed or the client is disposed. */
  failAll(reason: string): void {
    const handlers = [...this.pending.values()]
    this.pending.clear()
    for (const h of handlers) h.reject(new Error(reason))
  }
}
