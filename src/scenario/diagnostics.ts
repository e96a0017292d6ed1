// Problems in the learner's files, placed at a line: YAML syntax errors, and the errors kubectl
// printed when a step applied a file (the apiserver's `The Job "x" is invalid: spec.parallelism: …`),
// located by following the field path into that file's YAML.
import { isMap, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml'
import type { Trace } from '../sim/trace/events'

/** A problem in the learner's input, placed where an editor can show it (lines and columns 1-based). */
export interface FileDiagnostic {
  file: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  severity: 'error' | 'warning'
  message: string
}

/** `spec.template.spec.containers[0].image` → ['spec','template','spec','containers',0,'image']. */
export function fieldPath(text: string): (string | number)[] {
  const out: (string | number)[] = []
  for (const part of text.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part)
    if (!m) return out
    out.push(m[1]!)
    for (const i of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]))
  }
  return out
}

function locate(doc: Document, lc: LineCounter, path: (string | number)[]): { line: number; column: number; endLine: number; endColumn: number } | null {
  // Walk as deep as the path exists; a missing field is reported at its nearest parent.
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined
    if (node?.range) {
      const pair = n > 0 ? findKey(doc, path.slice(0, n)) : null
      const start = lc.linePos(pair ?? node.range[0])
      const end = lc.linePos(node.range[1])
      return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col }
    }
  }
  return null
}

/** Offset of the key of the last path element, so the marker sits on `parallelism:`. */
function findKey(doc: Document, path: (string | number)[]): number | null {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents
  const last = path.at(-1)
  if (isMap(parent)) {
    for (const item of parent.items) {
      const k = item.key as { value?: unknown; range?: [number, number, number] } | null
      if (k && k.value === last && k.range) return k.range[0]
    }
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last] as { range?: [number, number, number] } | undefined
    return item?.range?.[0] ?? null
  }
  return null
}

export function yamlDiagnostics(files: Record<string, string>): FileDiagnostic[] {
  const out: FileDiagnostic[] = []
  for (const [file, text] of Object.entries(files)) {
    const lc = new LineCounter()
    const docs = parseAllDocuments(text, { lineCounter: lc })
    for (const d of Array.isArray(docs) ? docs : [docs]) {
      for (const e of d.errors) {
        const s = lc.linePos(e.pos[0])
        const en = lc.linePos(e.pos[1])
        out.push({ file, line: s.line, column: s.col, endLine: en.line, endColumn: Math.max(en.col, s.col + 1), severity: 'error', message: e.message.split('\n')[0]! })
      }
    }
  }
  return out
}

const INVALID = /^The (\w+) "([^"]+)" is invalid: (.*)$/

/** Errors from `kubectl apply|create -f FILE` steps, placed in FILE. */
export function commandDiagnostics(files: Record<string, string>, trace: Trace): FileDiagnostic[] {
  const out: FileDiagnostic[] = []
  for (const e of trace.events) {
    if (e.type !== 'command' || e.exitCode === 0) continue
    const m = /kubectl\s+(?:apply|create)\s+(?:.*\s)?-f\s*=?\s*(\S+)/.exec(e.command)
    const file = m?.[1]
    if (!file || files[file] === undefined) continue
    const text = files[file]!
    const lc = new LineCounter()
    const docs = parseAllDocuments(text, { lineCounter: lc })
    const doc = (Array.isArray(docs) ? docs : [docs])[0]
    const outputLines = e.output.split('\n').filter(Boolean)
    const first = outputLines[0] ?? ''
    const inv = INVALID.exec(first)
    const causes = inv ? (inv[3] === '' ? outputLines.slice(1).map((l) => l.replace(/^\* /, '')) : [inv[3]!]) : []
    if (causes.length === 0) {
      out.push({ file, severity: 'error', message: first })
      continue
    }
    for (const cause of causes) {
      const field = cause.split(':')[0]!
      const pos = doc ? locate(doc as Document, lc, fieldPath(field)) : null
      out.push({ file, ...(pos ?? {}), severity: 'error', message: cause })
    }
  }
  return out
}
