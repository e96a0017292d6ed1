// A command's output as the console shows it at a playhead: everything at once for an ordinary
// command; for a watch (`kubectl get pods -w`), only the pieces printed by then, so rows appear
// as time plays instead of revealing the future the moment the command is typed.
import type { CommandEvent } from '../../sim/trace/events'

export interface WatchProgress {
  /** Text to print now. */
  text: string
  /** Pieces printed so far (pass it back next time). */
  shown: number
  /** True when there is nothing left to print. */
  done: boolean
}

/** What to print when the playhead is at `time`, given `shown` pieces already printed. */
export function advanceOutput(event: Pick<CommandEvent, 'output' | 'stream' | 'startedAt'>, time: number, shown = 0): WatchProgress {
  const pieces = event.stream
  if (!pieces) return { text: shown ? '' : event.output, shown: 1, done: true }
  let n = shown
  // What the command printed as it started shows even if the playhead has since been moved back.
  while (n < pieces.length && pieces[n]!.at <= Math.max(time, event.startedAt)) n++
  return { text: pieces.slice(shown, n).map((p) => p.text).join(''), shown: n, done: n >= pieces.length }
}
