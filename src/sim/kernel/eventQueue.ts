// The only source of ordering in the simulation: a binary min-heap keyed by (time, sequence).
// Entries at the same time come out in the order they were pushed, so a run never depends on
// how a heap happens to break ties.
import type { SimMillis } from './time'

export interface Scheduled<T> {
  readonly at: SimMillis
  readonly seq: number
  readonly item: T
  /** Set by cancel(); a cancelled entry is skipped when it reaches the top. */
  cancelled: boolean
}

export class EventQueue<T> {
  private heap: Scheduled<T>[] = []
  private nextSeq = 0
  private live = 0

  /** Number of entries that will still fire. */
  get size(): number {
    return this.live
  }

  push(at: SimMillis, item: T): Scheduled<T> {
    const entry: Scheduled<T> = { at, seq: this.nextSeq++, item, cancelled: false }
    this.heap.push(entry)
    this.siftUp(this.heap.length - 1)
    this.live++
    return entry
  }

  cancel(entry: Scheduled<T>): void {
    if (entry.cancelled) return
    entry.cancelled = true
    this.live--
  }

  /** Time of the next live entry, or undefined when none is left. */
  peekTime(): SimMillis | undefined {
    this.dropCancelled()
    return this.heap[0]?.at
  }

  pop(): Scheduled<T> | undefined {
    this.dropCancelled()
    const top = this.heap[0]
    if (!top) return undefined
    this.removeTop()
    this.live--
    return top
  }

  private dropCancelled(): void {
    while (this.heap[0]?.cancelled) this.removeTop()
  }

  private removeTop(): void {
    const last = this.heap.pop()!
    if (this.heap.length > 0) {
      this.heap[0] = last
      this.siftDown(0)
    }
  }

  private less(a: Scheduled<T>, b: Scheduled<T>): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq)
  }

  private siftUp(i: number): void {
    const h = this.heap
    const e = h[i]!
    while (i > 0) {
      const parent = (i - 1) >> 1
      const p = h[parent]!
      if (!this.less(e, p)) break
      h[i] = p
      i = parent
    }
    h[i] = e
  }

  private siftDown(i: number): void {
    const h = this.heap
    const n = h.length
    const e = h[i]!
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) break
      const r = l + 1
      const c = r < n && this.less(h[r]!, h[l]!) ? r : l
      if (!this.less(h[c]!, e)) break
      h[i] = h[c]!
      i = c
    }
    h[i] = e
  }
}
