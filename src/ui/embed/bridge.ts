// The postMessage bridge between an embedded page and its host (docs/EMBED.md). It listens for
// host commands — only from window.parent, only from allowed origins, only for this frame id
// (parseHostMessage) — applies them to the store, and posts what the feed derives from the store
// after every change. Everything it needs is passed in, so it is tested without a browser.
import { frameMessage, parseHostMessage, type FrameBody, type HostMessage, type Receiver } from '../../share/embed'
import { createFeed, type FeedView } from '../../share/embedFeed'
import type { AppState, AppStore } from '../../state/store'

export type LoadCommand = Extract<HostMessage, { type: 'load' }>

export interface BridgeDeps {
  receiver: Receiver
  /** targetOrigins for posts to the parent (postTargets); empty = say nothing. */
  targets: readonly string[]
  /** window.parent, or null when the page is not in a frame (then nothing is posted). */
  parent: { postMessage(message: unknown, targetOrigin: string): void } | null
  /** Subscribes to this window's `message` events; returns the unsubscribe function. */
  listen: (handler: (event: Pick<MessageEvent, 'data' | 'origin' | 'source'>) => void) => () => void
  store: AppStore
  /** Replaces the scenario; resolves with null, or why nothing was loaded. */
  load: (command: LoadCommand) => Promise<string | null>
}

export interface Bridge {
  /** The scenario is ready: `ready` and `state` (after the first open and after each load). */
  announce(): void
  /** The content height changed (CSS px); posted only when it differs from the last one. */
  reportHeight(height: number): void
  stop(): void
}

const viewOf = (s: AppState): FeedView => ({
  trace: s.trace, checks: s.timedChecks, time: s.time, end: s.end, playing: s.playing, speed: s.speed, failure: s.failure, notices: s.notices,
})

/** The first apiserver/YAML error of the scenario on screen, as one line for an `error` message. */
function firstError(s: AppState): string | null {
  const d = s.diagnostics.find((x) => x.severity === 'error')
  return d ? `${d.file}${d.line ? `:${d.line}` : ''} ${d.message}` : null
}

export function startBridge(deps: BridgeDeps): Bridge {
  const { receiver, store } = deps
  const feed = createFeed()
  // While a `load` runs, the store passes through half-loaded states; the host hears `ready` after.
  // A count, not a flag: a second load may arrive before the first has finished.
  let loading = 0
  let lastHeight = -1

  const post = (body: FrameBody) => {
    if (!deps.parent) return
    const message = frameMessage(receiver.frame, body)
    for (const target of deps.targets) deps.parent.postMessage(message, target)
  }
  const announce = () => {
    const s = store.getState()
    feed.start(viewOf(s), s.lessonId).forEach(post)
    const problem = firstError(s)
    if (problem) post({ type: 'error', message: problem })
  }

  async function load(command: LoadCommand) {
    loading++
    try {
      const problem = await deps.load(command)
      if (problem) post({ type: 'error', message: problem })
      else announce()
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err) })
    } finally {
      loading--
    }
  }

  const unlisten = deps.listen((event) => {
    // A command must come from our host page itself, not another frame or window on it.
    if (!deps.parent || event.source !== deps.parent) return
    const command = parseHostMessage(event.data, event.origin, receiver)
    if (!command) return
    const s = store.getState()
    switch (command.type) {
      case 'play': return s.play()
      case 'pause': return s.pause()
      case 'seek': return s.seek(command.time)
      case 'setSpeed': return s.setSpeed(command.speed)
      case 'load': return void load(command)
    }
  })

  const unsubscribe = store.subscribe(() => {
    // Read the state afresh: the store re-times checks inside another update, so the listener's
    // arguments can be one step behind.
    if (loading === 0) feed.update(viewOf(store.getState())).forEach(post)
  })

  return {
    announce,
    reportHeight(height) {
      const h = Math.ceil(height)
      if (h === lastHeight) return
      lastHeight = h
      post({ type: 'resize', height: h })
    },
    stop() {
      unlisten()
      unsubscribe()
    },
  }
}
