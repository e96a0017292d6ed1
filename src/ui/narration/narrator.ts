// The narration the page shows and speaks: the trace's narration items (computed once per trace),
// which item the last narrated step landed on, the kind the stepper steps by, and the sentence
// the polite live region announces. Speaking is kept sparse on purpose: a step or a pause is
// announced, playback is not (at 1000× that would be hundreds of sentences a second).
import { create } from 'zustand'
import type { Trace } from '../../sim/trace/events'
import { narrate, narrationCountUntil, type NarrationItem, type NarrationKind } from '../../state/selectors/narration'
import { formatOffset } from '../../sim/kernel/time'

const cache = new WeakMap<Trace, { mounts: [string, string][]; items: NarrationItem[] }>()

/** The trace's narration, memoised per trace (and the mounts that name its files). */
export function narrationOf(trace: Trace | null, mounts: [string, string][]): NarrationItem[] {
  if (!trace) return []
  const hit = cache.get(trace)
  if (hit && hit.mounts === mounts) return hit.items
  const items = narrate(trace, mounts)
  cache.set(trace, { mounts, items })
  return items
}

interface NarratorState {
  /** The item the last narrated step landed on, while the playhead is still at its time. */
  stepped: { items: NarrationItem[]; index: number } | null
  /** What the stepper steps to next. */
  kind: NarrationKind
  /** The live region's text; `count` changes so the same sentence can be said twice. */
  message: string
  count: number
  setKind: (kind: NarrationKind) => void
  land: (items: NarrationItem[], index: number) => void
  announce: (message: string) => void
}

export const useNarrator = create<NarratorState>()((set, get) => ({
  stepped: null,
  kind: 'decision',
  message: '',
  count: 0,
  setKind: (kind) => set({ kind }),
  land: (items, index) => set({ stepped: { items, index } }),
  announce: (message) => set({ message, count: get().count + 1 }),
}))

/** The index of the item to show at time t: the stepped-to item if the playhead is still on it,
 * else the last item at or before t (null before the first). */
export function currentIndex(items: readonly NarrationItem[], t: number, stepped: NarratorState['stepped']): number | null {
  if (stepped && stepped.items === items && items[stepped.index]?.at === t) return stepped.index
  const n = narrationCountUntil(items, t)
  return n > 0 ? n - 1 : null
}

/** An item's time as the narration shows it: to a tenth of a second. */
export const narrationTime = (ms: number) => formatOffset(Math.round(ms / 100) * 100)

/** The sentence a screen reader hears for an item. */
export const spoken = (item: NarrationItem) => `t = ${narrationTime(item.at)}: ${item.text}`

export const KIND_LABELS: Record<NarrationKind, { one: string; title: string }> = {
  decision: { one: 'decision', title: 'Decision' },
  pod: { one: 'pod change', title: 'Pod change' },
  job: { one: 'Job change', title: 'Job change' },
  write: { one: 'write', title: 'Write' },
  command: { one: 'command', title: 'Command' },
}

/** The kinds the stepper offers, with their keyboard shortcut. */
export const STEP_KINDS: { kind: NarrationKind; key: string }[] = [
  { kind: 'decision', key: 'D' },
  { kind: 'pod', key: 'P' },
  { kind: 'write', key: 'W' },
  { kind: 'job', key: 'J' },
  { kind: 'command', key: 'C' },
]
