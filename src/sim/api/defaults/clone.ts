// API objects are plain JSON data: a JSON round trip is a faithful deep copy (and drops
// `undefined`, as Go's omitempty would).
export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T))
