// The worker adapter: receives requests, runs the simulation, replies. No logic of its own.
/// <reference lib="webworker" />
import { isRequest, PROTOCOL_VERSION, type Reply } from './protocol'
import type { ScenarioInput } from './simClient'
import { inspect, simulate } from './simulate'

const WARM_RUNS = 4

const scope = self as unknown as DedicatedWorkerGlobalScope

/** A few runs of a typical input, results dropped: V8 compiles the engine's hot paths only after
 * they have run a while, and the first what-if drag should not pay for that. */
function warm(input: ScenarioInput): void {
  try {
    for (let i = 0; i < WARM_RUNS; i++) simulate(input)
  } catch {
    // Warming is best effort; a real request reports its own errors.
  }
}

scope.onmessage = (e: MessageEvent<unknown>) => {
  const msg = e.data
  if (!isRequest(msg)) return
  let reply: Reply
  switch (msg.type) {
    case 'ping':
      if (msg.warm) warm(msg.warm)
      reply = { type: 'pong', id: msg.id, version: PROTOCOL_VERSION }
      break
    case 'simulate':
      try {
        reply = { type: 'result', id: msg.id, result: simulate(msg.input) }
      } catch (err) {
        reply = { type: 'error', id: msg.id, message: err instanceof Error ? err.message : String(err) }
      }
      break
    case 'inspect':
      try {
        reply = { type: 'inspection', id: msg.id, outputs: inspect(msg.input, msg.at, msg.commands) }
      } catch (err) {
        reply = { type: 'error', id: msg.id, message: err instanceof Error ? err.message : String(err) }
      }
      break
    default: {
      const never: never = msg
      return never
    }
  }
  scope.postMessage(reply)
}
