// `kubectl get -o yaml` output: cli-runtime YAMLPrinter → sigs.k8s.io/yaml (JSON → go-yaml v2).
// Block style only: mappings with keys in go-yaml's order, sequences not indented under their key
// (`containers:` then `- name: …` at the same column), `{}`/`[]` for empty collections, scalars as
// goYamlScalar.ts decides.

import { scalarStyle, writeScalar } from './goYamlScalar'

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/**
 * go-yaml v2 sorter.go `keyList.Less` for string keys: letters compare as usual, a non-letter
 * sorts before a letter, and runs of digits compare as numbers.
 */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a]
  const br = [...b]
  const isLetter = (c: string) => /\p{L}/u.test(c)
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const ac = ar[i]!
    const bc = br[i]!
    if (ac === bc) continue
    const al = isLetter(ac)
    const bl = isLetter(bc)
    if (al && bl) return ac < bc
    if (al || bl) return bl
    let an = 0
    let bn = 0
    if (ac === '0' || bc === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1
          bn = 1
          break
        }
      }
    }
    let ai = i
    let bi = i
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai])
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi])
    if (an !== bn) return an < bn
    if (ai !== bi) return ai < bi
    return ac < bc
  }
  return ar.length < br.length
}

const isCollection = (v: JsonValue): v is JsonValue[] | { [key: string]: JsonValue } => typeof v === 'object' && v !== null
const isEmpty = (v: JsonValue[] | { [key: string]: JsonValue }): boolean => (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0)

/** A scalar's text starting at `column`, continuing at `indent`. */
function scalar(v: null | boolean | number | string, column: number, indent: number): string {
  if (v === null) return 'null'
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (typeof v === 'number') return String(v)
  return writeScalar(v, scalarStyle(v, false), column, indent, true)
}

const endLine = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`)

/** A mapping whose keys sit at `indent`; the first key is written at `firstColumn` (after `- `). */
function mapping(obj: { [key: string]: JsonValue }, indent: number, first: boolean): string {
  const keys = Object.keys(obj).sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0))
  let out = ''
  keys.forEach((k, i) => {
    const lead = i === 0 && first ? '' : ' '.repeat(indent)
    const key = writeScalar(k, scalarStyle(k, true), indent, indent, false)
    out += `${lead}${key}:`
    out += value(obj[k]!, indent + [...key].length + 1, indent, 'map')
  })
  return out
}

/** A sequence whose dashes sit at `indent`; the first dash follows an outer `- ` when `first`. */
function sequence(list: JsonValue[], indent: number, first: boolean): string {
  let out = ''
  list.forEach((item, i) => {
    out += `${i === 0 && first ? '' : ' '.repeat(indent)}-`
    out += value(item, indent + 1, indent, 'seq')
  })
  return out
}

/**
 * Writes what follows `key:` or `-` (which end at `column`). `parent` is the indent of the
 * mapping's keys or the sequence's dashes.
 */
function value(v: JsonValue, column: number, parent: number, ctx: 'map' | 'seq'): string {
  if (!isCollection(v)) return endLine(` ${scalar(v, column + 1, parent + 2)}`)
  if (isEmpty(v)) return Array.isArray(v) ? ' []\n' : ' {}\n'
  if (ctx === 'map') return Array.isArray(v) ? `\n${sequence(v, parent, false)}` : `\n${mapping(v, parent + 2, false)}`
  return Array.isArray(v) ? ` ${sequence(v, parent + 2, true)}` : ` ${mapping(v, parent + 2, true)}`
}

/** go-yaml v2 Marshal of a JSON document: always ends with a newline. */
export function toGoYaml(doc: JsonValue): string {
  if (!isCollection(doc)) return endLine(scalar(doc, 0, 2))
  if (isEmpty(doc)) return Array.isArray(doc) ? '[]\n' : '{}\n'
  return Array.isArray(doc) ? sequence(doc, 0, false) : mapping(doc, 0, false)
}
