// The numbers a what-if slider can tune in a manifest: a few Job spec fields (found through the
// `yaml` AST, so `parallelism` in a comment or a string is not one) and the N of `sleep N` inside
// a container's command or args. Pure: text in, offsets out; the editor turns offsets into ranges.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml'

export interface TunableNumber {
  /** Offsets of the digits in the text: [start, end). */
  start: number
  end: number
  value: number
  min: number
  max: number
  step: number
  /** What the slider is called: the field name, or `sleep (seconds)`. */
  label: string
  /** Where it is: the dotted key path (`spec.parallelism`); a sleep adds `#sleepN` (Nth in that string). */
  path: string
}

interface FieldRule { min: number; max: number }

/** The Job spec fields a slider offers, with a range that makes sense to explore. The upper end
 * grows to twice the current value, so a slider never starts pinned at its end. */
const FIELDS: Record<string, FieldRule> = {
  parallelism: { min: 0, max: 20 },
  completions: { min: 0, max: 20 },
  backoffLimit: { min: 0, max: 10 },
  backoffLimitPerIndex: { min: 0, max: 10 },
  // The apiserver requires activeDeadlineSeconds > 0.
  activeDeadlineSeconds: { min: 1, max: 300 },
  ttlSecondsAfterFinished: { min: 0, max: 300 },
}
const SLEEP: FieldRule = { min: 0, max: 120 }
/** Keys under which a string is shell: a container's `command` and `args`. */
const SHELL_KEYS = new Set(['command', 'args'])
// Horizontal space only between `sleep` and its number: a newline ends the command.
const SLEEP_RE = /(?<![\w-])sleep[ \t]+(\d+)(?![\d.])/g

const rangeFor = (rule: FieldRule, value: number) => ({ min: rule.min, max: Math.max(rule.max, value * 2), step: 1 })

const keyName = (key: unknown): string | null => (isScalar(key) && typeof key.value === 'string' ? key.value : null)

/** Every tunable number in the text, in document order. */
export function tunableNumbers(text: string): TunableNumber[] {
  const out: TunableNumber[] = []
  for (const doc of parseAllDocuments(text)) {
    if (!('contents' in doc) || doc.errors.length > 0) continue
    walk(doc.contents, [], false, text, out)
  }
  return out.sort((a, b) => a.start - b.start)
}

function walk(node: Node | null | undefined, path: string[], inShell: boolean, text: string, out: TunableNumber[]): void {
  if (!node) return
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const key = keyName(pair.key)
      if (key === null) continue
      const value = pair.value as Node | null
      const rule = FIELDS[key]
      // Only a Job's (or a CronJob's jobTemplate's) spec, or a pod spec for activeDeadlineSeconds.
      if (rule && path.at(-1) === 'spec' && isScalar(value) && value.range) {
        const n = value.value
        const src = text.slice(value.range[0], value.range[1])
        if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && /^\d+$/.test(src)) {
          out.push({ start: value.range[0], end: value.range[1], value: n, ...rangeFor(rule, n), label: key, path: [...path, key].join('.') })
        }
        continue
      }
      walk(value, [...path, key], inShell || SHELL_KEYS.has(key), text, out)
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const before = node.items[i - 1]
      // `command: [sleep, "30"]`: the item after a bare `sleep` is its number, quoted or not.
      if (inShell && isScalar(before) && before.value === 'sleep' && isScalar(item) && item.range) {
        const src = text.slice(item.range[0], item.range[1])
        const digits = /^(["']?)(\d+)\1$/.exec(src)
        if (digits) {
          const start = item.range[0] + digits[1]!.length
          const value = Number(digits[2])
          out.push({ start, end: start + digits[2]!.length, value, ...rangeFor(SLEEP, value), label: 'sleep (seconds)', path: `${[...path, String(i)].join('.')}#sleep0` })
          return
        }
      }
      walk(item as Node, [...path, String(i)], inShell, text, out)
    })
  } else if (isScalar(node) && inShell && typeof node.value === 'string' && node.range) {
    // Search the source, not the parsed value: digits and `sleep` read the same in every scalar
    // style, and source offsets are what the editor needs.
    const [from, to] = node.range
    const src = text.slice(from, to)
    let nth = 0
    for (const m of src.matchAll(SLEEP_RE)) {
      const digits = m[1]!
      const start = from + m.index + m[0].length - digits.length
      const value = Number(digits)
      if (!Number.isSafeInteger(value)) continue
      out.push({ start, end: start + digits.length, value, ...rangeFor(SLEEP, value), label: 'sleep (seconds)', path: `${path.join('.')}#sleep${nth++}` })
    }
  }
}

/** The tunable number under `offset` (inside it or just after its last digit), or null. */
export function numberAt(text: string, offset: number): TunableNumber | null {
  return tunableNumbers(text).find((t) => offset >= t.start && offset <= t.end) ?? null
}

/** The text with one tunable number replaced; what a slider step or `whatIf` writes. */
export function withNumber(text: string, t: Pick<TunableNumber, 'start' | 'end'>, value: number): string {
  return text.slice(0, t.start) + String(value) + text.slice(t.end)
}
