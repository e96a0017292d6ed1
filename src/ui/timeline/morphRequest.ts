// Who asks for the timeline to morph: the what-if slider, while it is being moved. Runs that
// arrive within a moment of the last slider step glide into place; every other new run (typing,
// opening a lesson, the page API) is drawn at once, as before. Reduced motion: never.
let wantedUntil = 0
const WINDOW_MS = 2000

/** The next runs to arrive (within a couple of seconds) should morph. */
export function requestMorph(now = performance.now()): void {
  wantedUntil = now + WINDOW_MS
}

export function morphWanted(now = performance.now()): boolean {
  if (now >= wantedUntil) return false
  return !(typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches)
}
