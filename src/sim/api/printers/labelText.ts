// Text forms of labels and selectors, as apimachinery prints them:
// `labels.FormatLabels` / `labels.Set.String` (sorted `k=v` joined by commas),
// `metav1.LabelSelectorAsSelector(...).String()` (requirements sorted by key), and
// `metav1.FormatLabelSelector` (the same, `<none>` when empty).
import type { LabelSelector } from '../types'

/** Go's string order (byte order; the same as code-unit order for the text labels use). */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** `labels.Set.String`: `k=v` pairs sorted by key, joined by commas; '' for none. */
export function labelSetString(labels: Record<string, string> | undefined): string {
  return Object.keys(labels ?? {})
    .sort(byString)
    .map((k) => `${k}=${labels![k]}`)
    .join(',')
}

/** `labels.FormatLabels`: like labelSetString, but `<none>` when there are no labels. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  return labelSetString(labels) || '<none>'
}

interface Requirement {
  key: string
  text: string
}

/** `Requirement.String`: `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k` (values sorted). */
function requirement(key: string, op: string, values: string[]): Requirement {
  const list = [...values].sort(byString).join(',')
  switch (op) {
    case 'In':
      return { key, text: `${key} in (${list})` }
    case 'NotIn':
      return { key, text: `${key} notin (${list})` }
    case 'Exists':
      return { key, text: key }
    case 'DoesNotExist':
      return { key, text: `!${key}` }
    default:
      return { key, text: `${key}=${list}` }
  }
}

/**
 * `LabelSelectorAsSelector(sel).String()`: '' for a nil or empty selector, otherwise the
 * requirements sorted by key (internalSelector.Add sorts them) and joined by commas.
 */
export function selectorString(sel: LabelSelector | undefined): string {
  if (!sel) return ''
  const reqs: Requirement[] = []
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push(requirement(k, 'Equals', [v]))
  for (const e of sel.matchExpressions ?? []) reqs.push(requirement(e.key, e.operator, e.values ?? []))
  return reqs
    .sort((a, b) => byString(a.key, b.key))
    .map((r) => r.text)
    .join(',')
}

/** `metav1.FormatLabelSelector`: selectorString, or `<none>` when it is empty. */
export function formatLabelSelector(sel: LabelSelector | undefined): string {
  return selectorString(sel) || '<none>'
}
