// What a frame tells its host as the page changes. The page hands the feed a view of what it
// shows (trace, playhead, playback) after every change; the feed answers with the messages to
// post. Teaching events come from teachingEvents/eventsBetween over the engine's trace, so the
// host hears exactly what the timeline shows at the playhead — no Kubernetes rule is decided here.
import type { TimedCheck } from '../scenario/checks/evaluate'
import type { Trace } from '../sim/trace/events'
import { eventsBetween, jobsAt, PROTOCOL_VERSION, teachingEvents, type FrameBody, type TeachingEvent } from './embed'

/** The slice of the page's state the feed reads. */
export interface FeedView {
  trace: Trace | null
  checks: readonly TimedCheck[]
  /** Playhead, simulated ms. */
  time: number
  end: number
  playing: boolean
  speed: number
  /** The simulation itself failed (a crashed worker). */
  failure: string | null
  /** Page notices (a damaged link, a bad option): each is also an `error` for the host, once. */
  notices: readonly string[]
}

export interface Feed {
  /** A scenario is loaded: `ready`, then `state`. Teaching events restart from the playhead
   * (from before t = 0 when it is at the start, so the first steps are heard when play begins). */
  start(view: FeedView, lesson: string | null): FrameBody[]
  /** The page changed: the messages that change calls for (none before start). */
  update(view: FeedView): FrameBody[]
}

export const stateOf = (v: FeedView): FrameBody => ({
  type: 'state', time: v.time, duration: v.end, playing: v.playing, speed: v.speed, jobs: v.trace ? jobsAt(v.trace, v.time) : [],
})

export function createFeed(): Feed {
  let prev: FeedView | null = null
  let events: TeachingEvent[] = []
  let source: { trace: Trace | null; checks: readonly TimedCheck[] } = { trace: null, checks: [] }
  /** The playhead time up to which the host has heard the teaching events. */
  let heard = -1
  /** Notices already sent as errors (a notice stays on screen until dismissed; say it once). */
  const reported = new Set<string>()
  const errors = (v: FeedView): FrameBody[] => v.notices.filter((n) => !reported.has(n)).map((n) => {
    reported.add(n)
    return { type: 'error', message: n }
  })

  const refresh = (v: FeedView) => {
    if (v.trace === source.trace && v.checks === source.checks) return
    source = { trace: v.trace, checks: v.checks }
    events = v.trace ? teachingEvents(v.trace, v.checks) : []
  }

  return {
    start(view, lesson) {
      refresh(view)
      heard = view.time > 0 ? view.time : -1
      prev = view
      // Notices raised while loading (a damaged link, a bad option) follow the handshake.
      return [{ type: 'ready', version: PROTOCOL_VERSION, lesson, duration: view.end }, stateOf(view), ...errors(view)]
    },

    update(view) {
      const was = prev
      if (!was) return []
      prev = view
      refresh(view)
      const out = errors(view)
      if (view.failure !== null && view.failure !== was.failure) out.push({ type: 'error', message: view.failure })

      let stateDue = view.playing !== was.playing || view.speed !== was.speed || view.trace !== was.trace || view.end !== was.end
      if (view.time > was.time) {
        // Forward, by playback or by a seek: what the playhead passed, once, in trace order.
        out.push(...eventsBetween(events, heard, view.time))
        heard = Math.max(heard, view.time)
        if (!view.playing && !was.playing) stateDue = true
      } else if (view.time < was.time) {
        // Backwards: nothing is replayed; `state` tells the host where things stand now.
        heard = view.time
        stateDue = true
      }
      if (stateDue) out.push(stateOf(view))
      return out
    },
  }
}
