// Check patterns are regular expressions, but the checklist is read by learners: show the text a
// pattern stands for when it is a plain line with a few wildcards (`^job\.batch/hello created$`
// → `job.batch/hello created`, `demo-\w{5}` → `demo-…`), and null when it has real structure
// (alternatives, groups, classes), which the describer then shows as it is.

/** Wildcards that stand for "some text" and the spaces between kubectl's columns. */
const WILDCARDS: [RegExp, string][] = [
  [/\\s[+*]/g, ' '],
  [/\\s/g, ' '],
  [/(?:\\[wdS]|\.)(?:\{\d+(?:,\d*)?\}|[+*])/g, '…'],
  [/\\[wdS]/g, '…'],
]

export function readablePattern(pattern: string): string | null {
  let p = pattern.replace(/^\^/, '').replace(/(?<!\\)\$$/, '')
  for (const [re, text] of WILDCARDS) p = p.replace(re, text)
  // Whatever is left must be literal: escaped characters, or nothing special at all.
  const unescaped = p.replace(/\\(.)/g, '')
  if (/[[\](){}|?*+^$\\]/.test(unescaped)) return null
  return p.replace(/\\(.)/g, '$1').replace(/ {2,}/g, ' ').replace(/…(?:\s*…)+/g, '…').trim()
}
