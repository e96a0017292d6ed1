// The `sim` command's readable log: one line per trace event, time first, so a run can be read
// top to bottom like a cluster's story.
import type { Trace, TraceEvent } from '../sim/trace/events'
import { nodeFilePath } from '../sim/trace/nodePath'

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length))

export function clock(ms: number): string {
  const total = ms / 1000
  const m = Math.floor(total / 60)
  const s = total - m * 60
  const sText = s.toFixed(2).padStart(5, '0')
  return m > 0 ? `${m}m${sText}s` : `${s.toFixed(2)}s`
}

function line(e: TraceEvent, multiNode: boolean): string {
  switch (e.type) {
    case 'pod': return `pod      ${pad(e.name, 40)} ${pad(e.ready, 5)} ${e.status}${e.restarts ? ` (restarts ${e.restarts})` : ''}${e.deleted ? ' [deleted]' : ''}`
    case 'job': return `job      ${pad(e.name, 40)} ${pad(e.status, 18)} ${e.completions}`
    case 'event': return `event    ${pad(e.object, 40)} ${pad(e.eventType, 7)} ${e.reason}: ${e.message}`
    case 'write': return `write    ${pad(multiNode ? nodeFilePath(e.node, e.path) : e.path, 40)} ${e.append ? '>>' : '> '} ${JSON.stringify(e.data)}  (${e.pod}/${e.container})`
    case 'log': return `log      ${pad(`${e.pod}/${e.container}`, 40)} ${e.text}`
    case 'delete': return `delete   ${e.object}`
    case 'decision': return `why      ${pad(e.object, 40)} ${e.text}`
    case 'notice': return `notice   ${e.text}`
    case 'command': {
      const out = e.output.replace(/\n$/, '').split('\n').map((l) => `           ${l}`).join('\n')
      return `$ ${e.command}${e.exitCode ? `   (exit ${e.exitCode})` : ''}${e.output ? `\n${out}` : ''}`
    }
  }
}

export function readableLog(trace: Trace): string {
  const out: string[] = [`# seed ${trace.seed}, t=0 is ${trace.startTime}`]
  // On several nodes the same path is a file per node: name the node, as `files` below does.
  const multiNode = new Set(trace.events.flatMap((e) => (e.type === 'write' ? [e.node] : []))).size > 1
  for (const e of trace.events) out.push(`${clock(e.at).padStart(9)}  ${line(e, multiNode)}`)
  out.push(`# ended at ${clock(trace.end)} (${trace.stopped})`)
  for (const [path, text] of Object.entries(trace.files)) {
    out.push(`# ${path}:`)
    for (const l of text.replace(/\n$/, '').split('\n')) out.push(`#   ${l}`)
  }
  return `${out.join('\n')}\n`
}
