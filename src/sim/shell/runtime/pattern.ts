// Shell pattern matching (fnmatch without flags): `*`, `?`, `[...]` with ranges, `!`/`^` and
// `[:class:]`, and `\x` for a literal x. Used by `case`, `${x#pat}`, globbing and `[[ = ]]`.
// A direct matcher, not a RegExp, so no expression is compiled per command.

const SPECIAL = /[*?[\\]/
const NEEDS_ESCAPE = /[*?[\]\\]/g

/** Makes text match only itself inside a pattern. */
export const escapePattern = (text: string): string => (SPECIAL.test(text) || text.includes(']') ? text.replace(NEEDS_ESCAPE, '\\$&') : text)

/** True when the pattern has an active `*`, `?` or `[`. */
export function hasMagic(pat: string): boolean {
  for (let i = 0; i < pat.length; i++) {
    const c = pat.charCodeAt(i)
    if (c === 92) i++
    else if (c === 42 || c === 63 || c === 91) return true
  }
  return false
}

/** Removes the backslashes of a pattern that matched only literally. */
export const unescapePattern = (pat: string): string => (pat.includes('\\') ? pat.replace(/\\(.)/g, '$1') : pat)

const CLASSES: Record<string, (c: string) => boolean> = {
  alpha: (c) => /[A-Za-z]/.test(c),
  digit: (c) => c >= '0' && c <= '9',
  alnum: (c) => /[A-Za-z0-9]/.test(c),
  upper: (c) => c >= 'A' && c <= 'Z',
  lower: (c) => c >= 'a' && c <= 'z',
  space: (c) => /\s/.test(c),
  blank: (c) => c === ' ' || c === '\t',
  punct: (c) => /[!-/:-@[-`{-~]/.test(c),
  xdigit: (c) => /[0-9A-Fa-f]/.test(c),
}

/** Matches `ch` against the bracket expression at `p`; `end` is just past its `]`, or -1 if it never closes. */
function bracket(pat: string, p: number, ch: string): { end: number; hit: boolean } {
  let q = p + 1
  let negate = false
  if (pat[q] === '!' || pat[q] === '^') {
    negate = true
    q++
  }
  let hit = false
  let first = true
  while (q < pat.length) {
    let c = pat[q] as string
    if (c === ']' && !first) return { end: q + 1, hit: hit !== negate }
    first = false
    if (c === '[' && pat[q + 1] === ':') {
      const close = pat.indexOf(':]', q + 2)
      const test = close > 0 ? CLASSES[pat.slice(q + 2, close)] : undefined
      if (test) {
        if (test(ch)) hit = true
        q = close + 2
        continue
      }
    }
    if (c === '\\' && q + 1 < pat.length) c = pat[++q] as string
    let hi = c
    if (pat[q + 1] === '-' && pat[q + 2] !== undefined && pat[q + 2] !== ']') {
      hi = pat[q + 2] as string
      if (hi === '\\' && q + 3 < pat.length) {
        hi = pat[q + 3] as string
        q++
      }
      q += 2
    }
    if (ch >= c && ch <= hi) hit = true
    q++
  }
  return { end: -1, hit: false }
}

export function matchPattern(pat: string, s: string): boolean {
  if (!SPECIAL.test(pat)) return pat === s
  let p = 0
  let i = 0
  let starP = -1
  let starI = 0
  while (i < s.length) {
    if (p < pat.length) {
      const c = pat[p] as string
      const ch = s[i] as string
      if (c === '*') {
        starP = ++p
        starI = i
        continue
      }
      if (c === '?') {
        p++
        i++
        continue
      }
      if (c === '[') {
        const b = bracket(pat, p, ch)
        if (b.end < 0 ? ch === '[' : b.hit) {
          p = b.end < 0 ? p + 1 : b.end
          i++
          continue
        }
      } else if (c === '\\' && p + 1 < pat.length) {
        if (pat[p + 1] === ch) {
          p += 2
          i++
          continue
        }
      } else if (c === ch) {
        p++
        i++
        continue
      }
    }
    if (starP < 0) return false
    p = starP
    i = ++starI
  }
  while (pat[p] === '*') p++
  return p === pat.length
}
