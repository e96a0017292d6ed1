// One layout per trace, shared by the timeline and the observer (which colours each line like
// the writer's bar at the moment it wrote).
import { layoutTimeline, type TimelineLayout } from '../timeline/layout'
import type { Trace } from '../../sim/trace/events'
import { useAppStore } from './useAppStore'

const cache = new WeakMap<Trace, TimelineLayout>()

export function layoutFor(trace: Trace): TimelineLayout {
  let layout = cache.get(trace)
  if (!layout) cache.set(trace, (layout = layoutTimeline(trace)))
  return layout
}

export function useTimelineLayout(): TimelineLayout | null {
  const trace = useAppStore((s) => s.trace)
  return trace ? layoutFor(trace) : null
}
