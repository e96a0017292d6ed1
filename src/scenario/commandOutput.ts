// What a scenario step prints, and when. Most commands print everything at one instant; a watch
// (`kubectl get pods -w`) or a `sleep`-paced loop prints over simulated time, and the console
// replays those pieces as the playhead reaches them, as a real terminal would show them.
import type { CommandEvent } from '../sim/trace/events'

type Piece = NonNullable<CommandEvent['stream']>[number]

export class CommandOutput {
  private text = ''
  private readonly pieces: Piece[] = []

  constructor(private readonly now: () => number) {}

  readonly write = (t: string): void => {
    if (!t) return
    this.text += t
    const at = this.now()
    const last = this.pieces.at(-1)
    if (last && last.at === at) last.text += t
    else this.pieces.push({ at, text: t })
  }

  get output(): string {
    return this.text
  }

  /** The pieces with their times, only when the output was written at more than one instant. */
  stream(): Piece[] | undefined {
    return this.pieces.length > 1 ? this.pieces.map((p) => ({ ...p })) : undefined
  }
}
