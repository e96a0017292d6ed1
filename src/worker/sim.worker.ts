// The worker adapter: receives requests, runs the simulation, replies. No logic of its own.
/// <reference lib="webworker" />
import { isRequest, PROTOCOL_VERSION, type Reply } from './protocol'
import { inspect, simulate } from './simulate'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (e: MessageEvent<unknown>) => {
  const msg = e.data
  if (!isRequest(msg)) return
  let reply: Reply
  switch (msg.type) {
    case 'ping':
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
