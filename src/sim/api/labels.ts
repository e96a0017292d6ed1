// Label selectors, as `metav1.LabelSelectorAsSelector` and `labels.Parse` understand them.
import type { LabelSelector } from './types'

export function matchesSelector(labels: Record<string, string> | undefined, selector: LabelSelector | undefined): boolean {
  if (!selector) return false
  const l = labels ?? {}
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (l[k] !== v) return false
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(l, e.key)
    const values = e.values ?? []
    if (e.operator === 'In' && !(has && values.includes(l[e.key]!))) return false
    if (e.operator === 'NotIn' && has && values.includes(l[e.key]!)) return false
    if (e.operator === 'Exists' && !has) return false
    if (e.operator === 'DoesNotExist' && has) return false
  }
  return true
}

/** A Service-style selector: every key must match; an empty selector matches nothing. */
export function matchesMap(labels: Record<string, string> | undefined, selector: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false
  const l = labels ?? {}
  return Object.entries(selector).every(([k, v]) => l[k] === v)
}

export type ParsedSelector = { ok: true; test: (labels: Record<string, string> | undefined) => boolean } | { ok: false; error: string }

/**
 * Parses a `-l` selector string: `a=b`, `a==b`, `a!=b`, `a`, `!a`, `a in (x,y)`, `a notin (x)`,
 * comma-separated (all must hold).
 */
export function parseSelector(text: string): ParsedSelector {
  const terms: ((l: Record<string, string>) => boolean)[] = []
  const parts = splitTopLevel(text.trim())
  for (const raw of parts) {
    const p = raw.trim()
    if (p === '') return { ok: false, error: `unable to parse requirement: found '', expected: identifier` }
    let m: RegExpExecArray | null
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p))) {
      const [, key, op, list] = m
      const values = list!.split(',').map((v) => v.trim()).filter(Boolean)
      terms.push(op === 'in' ? (l) => Object.hasOwn(l, key!) && values.includes(l[key!]!) : (l) => !Object.hasOwn(l, key!) || !values.includes(l[key!]!))
    } else if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/.exec(p))) {
      const [, key, op, value] = m
      terms.push(op === '!=' ? (l) => l[key!] !== value : (l) => l[key!] === value)
    } else if ((m = /^!\s*([\w./-]+)$/.exec(p))) {
      const key = m[1]!
      terms.push((l) => !Object.hasOwn(l, key))
    } else if ((m = /^([\w./-]+)$/.exec(p))) {
      const key = m[1]!
      terms.push((l) => Object.hasOwn(l, key))
    } else {
      return { ok: false, error: `unable to parse requirement: ${p}` }
    }
  }
  return { ok: true, test: (labels) => terms.every((t) => t(labels ?? {})) }
}

function splitTopLevel(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of text) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (ch === ',' && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
}
