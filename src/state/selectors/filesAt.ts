// hostPath files as they are at the playhead, rebuilt from `write` events: an append adds to
// the end, a truncating write (`>`) replaces everything. Every line remembers who wrote it.
import type { Trace } from '../../sim/trace/events'
import { nodeFilePath } from '../../sim/trace/nodePath'
import { countUntil } from './eventsUntil'

export interface FileLine {
  text: string
  /** `POD/CONTAINER` of the write that ended this line (or started it, if still open). */
  writer: string
  pod: string
  /** When the line's last write happened, in simulated ms. */
  at: number
}

export interface FileView {
  /** Path on the node, e.g. `/tmp/data/message.txt`. */
  path: string
  /** The node the file is on, when the run wrote files on more than one node. */
  node?: string
  lines: FileLine[]
  /** When the file was last truncated (0 if never): the UI replays the replacement. */
  truncatedAt: number
  /** The last line has no newline yet. */
  open: boolean
}

/** Splits data into lines; a trailing partial line stays open so the next append continues it. */
function appendData(lines: FileLine[], open: boolean, data: string, pod: string, writer: string, at: number): boolean {
  const parts = data.split('\n')
  parts.forEach((text, i) => {
    const last = lines.at(-1)
    if (i === 0 && open && last) lines[lines.length - 1] = { ...last, text: last.text + text, writer, pod, at }
    else if (i < parts.length - 1 || text !== '') lines.push({ text, writer, pod, at })
  })
  return !data.endsWith('\n') && data !== ''
}

/** The nodes a run wrote hostPath files on: with more than one, the same path is a different
 * file on each node (a hostPath volume is the node's own directory), so files are keyed
 * `NODE:PATH`, as the trace's end-of-run `files` are. */
function writtenNodes(trace: Trace): Set<string> {
  const nodes = new Set<string>()
  for (const e of trace.events) if (e.type === 'write') nodes.add(e.node)
  return nodes
}

const keyer = (trace: Trace) => (writtenNodes(trace).size > 1 ? nodeFilePath : (_: string, path: string) => path)

export function filesAt(trace: Trace, t: number): Record<string, FileView> {
  const files: Record<string, FileView> = {}
  const n = countUntil(trace.events, t)
  const key = keyer(trace)
  for (let i = 0; i < n; i++) {
    const e = trace.events[i]!
    if (e.type !== 'write') continue
    const k = key(e.node, e.path)
    const file = (files[k] ??= { path: e.path, ...(k !== e.path ? { node: e.node } : {}), lines: [], truncatedAt: 0, open: false })
    if (!e.append) {
      file.lines = []
      file.open = false
      file.truncatedAt = e.at
    }
    const writer = `${e.pod}/${e.container}`
    file.open = appendData(file.lines, file.open, e.data, e.pod, writer, e.at) || (file.open && e.data === '')
  }
  return files
}

/** Every hostPath file the trace ever writes, in first-write order (stable observer tabs). */
export function filePaths(trace: Trace): string[] {
  const seen = new Set<string>()
  const key = keyer(trace)
  for (const e of trace.events) if (e.type === 'write') seen.add(key(e.node, e.path))
  return [...seen]
}

export const fileText = (view: FileView) =>
  view.lines.map((l, i) => (view.open && i === view.lines.length - 1 ? l.text : `${l.text}\n`)).join('')
