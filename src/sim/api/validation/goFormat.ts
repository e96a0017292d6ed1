// How Go prints values inside apiserver error messages. Validation errors quote strings with
// `%q` (strconv.Quote) and, since apimachinery's "Nicer value rendering in API errors"
// (kubernetes#132314, in 1.34), render maps, lists and structs with `json.Marshal`: map keys
// sorted, struct fields in declaration order, `<`, `>` and `&` escaped.

/** A value already rendered as Go would render it (a struct in declaration order, for example). */
export class GoRaw {
  constructor(readonly text: string) {}
}

const isPrint = (ch: string): boolean => ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch)

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0')

/** Go's `strconv.Quote`: `%q` of a string. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += `\\${ch}`
    else if (isPrint(ch)) out += ch
    else if (ch === '\x07') out += '\\a'
    else if (ch === '\b') out += '\\b'
    else if (ch === '\f') out += '\\f'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\v') out += '\\v'
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd' // a lone surrogate is invalid UTF-8 in Go
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`
    else out += `\\U${hex(cp, 8)}`
  }
  return `${out}"`
}

/** Go's `%q` of a `[]string`: `["a" "b"]`. */
export const goQuoteList = (list: readonly string[]): string => `[${list.map(goQuote).join(' ')}]`

/** A string as Go's encoding/json writes it (HTML-safe escaping, `\b` and `\f` short forms). */
export function goJsonString(s: string): string {
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += `\\${ch}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\b') out += '\\b'
    else if (ch === '\f') out += '\\f'
    else if (cp < 0x20 || ch === '<' || ch === '>' || ch === '&' || cp === 0x2028 || cp === 0x2029) out += `\\u${hex(cp, 4)}`
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\ufffd'
    else out += ch
  }
  return `${out}"`
}

/** A number as Go prints a float64 or an integer (`%v` and encoding/json agree for these). */
export function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n)
  return String(n).replace(/e([+-])0*(\d)/, 'e$1$2')
}

/**
 * `json.Marshal` of a plain value: objects are treated as Go maps (keys sorted), arrays as
 * slices, `undefined`/`null` as `null`. Use {@link GoRaw} for structs, whose field order matters.
 */
export function goJson(v: unknown): string {
  if (v instanceof GoRaw) return v.text
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'string') return goJsonString(v)
  if (typeof v === 'number') return goNumber(v)
  if (typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, x]) => `${goJsonString(k)}:${goJson(x)}`).join(',')}}`
  }
  return 'null'
}

/** JSON object text from fields in the given (struct declaration) order. */
export const goStruct = (fields: readonly (readonly [string, unknown])[]): GoRaw =>
  new GoRaw(`{${fields.map(([k, x]) => `${goJsonString(k)}:${goJson(x)}`).join(',')}}`)

/**
 * A field types.ts does not declare (hostPort, subPathExpr, ...): decoded manifests carry every
 * known API field, and some nested types have no index signature.
 */
export const extra = (o: object, key: string): unknown => (o as Record<string, unknown>)[key]
