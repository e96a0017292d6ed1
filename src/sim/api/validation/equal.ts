// `apiequality.Semantic.DeepEqual` for plain API data: like a deep comparison, except that a nil
// (absent) slice or map equals an empty one, as in apimachinery's forked reflect.DeepEqual.

const isEmptyContainer = (v: unknown): boolean =>
  v === undefined || v === null || (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0)

export function semanticEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (isEmptyContainer(a) && isEmptyContainer(b)) return true
  if (a === undefined || b === undefined || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => semanticEqual(x, b[i]))
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ao = a as Record<string, unknown>
    const bo = b as Record<string, unknown>
    const keys = new Set([...Object.keys(ao), ...Object.keys(bo)])
    for (const k of keys) if (!semanticEqual(ao[k], bo[k])) return false
    return true
  }
  return false
}
