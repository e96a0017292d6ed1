// `kubectl get -o json`: cli-runtime JSONPrinter is Go's json.MarshalIndent(obj, "", "    ") of the
// unstructured object plus a newline: map keys sorted (byte order), HTML characters escaped
// (`<` → \u003c, `>` → \u003e, `&` → \u0026), U+2028/U+2029 escaped, `{}`/`[]` for empty values.
import type { JsonValue } from './goYaml'

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** encoding/json's string encoding with escapeHTML. */
export function goJsonString(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (ch === '"' || ch === '\\') out += `\\${ch}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, '0')}`
    else out += ch
  }
  return `${out}"`
}

function encode(v: JsonValue, indent: string): string {
  if (v === null) return 'null'
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (typeof v === 'number') return String(v)
  if (typeof v === 'string') return goJsonString(v)
  const inner = `${indent}    `
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]'
    return `[\n${v.map((x) => inner + encode(x, inner)).join(',\n')}\n${indent}]`
  }
  const keys = Object.keys(v).sort(byString)
  if (keys.length === 0) return '{}'
  return `{\n${keys.map((k) => `${inner}${goJsonString(k)}: ${encode(v[k]!, inner)}`).join(',\n')}\n${indent}}`
}

/** json.MarshalIndent(v, "", "    ") + "\n". */
export function toGoJson(v: JsonValue): string {
  return `${encode(v, '')}\n`
}
