// Structural equality of plain JSON data, where an absent field equals an `undefined` one.
// Used to skip no-op status writes without serialising objects.
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  for (const k in ao) if (!jsonEqual(ao[k], bo[k])) return false
  for (const k in bo) if (ao[k] === undefined && bo[k] !== undefined) return false
  return true
}
