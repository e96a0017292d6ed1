// Whether an address asks for embed mode, read without the rest of parsePageOptions (which loads
// the lesson registry). Storage is chosen from this when the state modules are first imported —
// before the page has parsed its options — so it must be cheap and dependency-free.
export const TRUE_FLAGS: ReadonlySet<string> = new Set(['1', 'true', 'yes', ''])
export const FALSE_FLAGS: ReadonlySet<string> = new Set(['0', 'false', 'no'])

/** True when `embed=` reads as on (`1`, `true`, `yes` or a bare `embed`), as parsePageOptions reads it. */
export function isEmbedAddress(url: string): boolean {
  try {
    const v = new URL(url, 'http://localhost/').searchParams.get('embed')
    return v !== null && TRUE_FLAGS.has(v.toLowerCase())
  } catch {
    return false
  }
}
