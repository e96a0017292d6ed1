// One plain sentence per check, for the checklist. Kept next to the types so a new check cannot
// be added without words (the switch is exhaustive).
import { splitNodePath } from '../../sim/trace/nodePath'
import { readablePattern } from './readablePattern'
import type { Check, CheckSpec } from './types'

/** `message.txt`, or `message.txt on node-2` for a file named on one node (`node-2:/tmp/…`). */
const base = (key: string) => {
  const { node, path } = splitNodePath(key)
  const name = path.split('/').pop() ?? path
  return node ? `${name} on ${node}` : name
}
const pods = (n: number) => (n === 1 ? '1 pod' : `${n} pods`)
const times = (n: number) => (n === 1 ? 'once' : `${n} times`)
/** A pattern as the text it stands for, in quotes, or as written between slashes. */
const quoted = (pattern: string) => {
  const text = readablePattern(pattern)
  return text === null ? `/${pattern}/` : `“${text}”`
}
const command = (pattern: string) => `\`${readablePattern(pattern) ?? pattern}\``

export function describeSpec(s: CheckSpec): string {
  switch (s.check) {
    case 'maxPodsRunning': return `never more than ${pods(s.max)} of ${s.job} running at once`
    case 'podsAtOnce': return `${pods(s.count)} of ${s.job} running at the same time`
    case 'podCount': return `${s.job} creates exactly ${pods(s.count)}`
    case 'jobStatus': return `${s.job} reaches ${s.status}${s.completions ? ` ${s.completions}` : ''}`
    case 'jobStatusAtEnd': return `${s.job} ends ${s.status}${s.completions ? ` ${s.completions}` : ''}`
    case 'statusSequence': return `${s.job} goes ${s.statuses.join(' → ')}`
    case 'podStatusSequence': return `a pod of ${s.job} goes ${s.statuses.join(' → ')}`
    case 'podRestarts': return `a pod of ${s.job} restarts its container at least ${times(s.min)}`
    case 'fileLineCount': return `${base(s.path)} has ${s.lines === 1 ? '1 line' : `${s.lines} lines`}`
    case 'fileMatches': return `${base(s.path)} contains ${quoted(s.pattern)}`
    case 'indexRanOnce': return `index ${s.index} of ${s.job} ran once`
    case 'eventSeen': return `event ${s.reason}${s.message ? ` ${quoted(s.message)}` : ''}${s.object ? ` on ${s.object}` : ''} is recorded`
    case 'eventNeverSeen': return `no ${s.reason} event${s.object ? ` on ${s.object}` : ''}`
    case 'commandOutputMatches': return `${s.command ? `${command(s.command)} prints` : 'a command prints'} ${quoted(s.pattern)}`
    case 'objectDeleted': return `${s.object} is deleted`
  }
}

export const describeCheck = (c: Check): string => c.text ?? describeSpec(c.spec)
