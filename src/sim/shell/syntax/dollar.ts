// The `$` forms of a word (`$x`, `${x:-w}`, `$(…)`, `$((…))`) and backquotes. Split from
// words.ts, which calls back here for each `$` and backquote it meets.

import type { ParamOp, Word, WordPart } from '../ast'
import { MAX_NESTING, syntaxError } from './errors'
import { makeWord, scanDocument, scanParts, Stop, type Scan, type Style } from './words'

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57)
const isDigit = (c: number) => c >= 48 && c <= 57
/** `@ * # ? $ ! -` */
const isSpecial = (c: number) => c === 64 || c === 42 || c === 35 || c === 63 || c === 36 || c === 33 || c === 45

export function scanBackquote(s: Scan, pos: number, inDq: boolean): { part: WordPart; end: number } {
  const src = s.src
  let text = ''
  let i = pos + 1
  let start = i
  for (;;) {
    if (i >= s.limit) throw syntaxError('EOF in backquote substitution')
    const ch = src.charCodeAt(i)
    if (ch === 96) break
    if (ch === 92) {
      const next = src.charCodeAt(i + 1)
      if (next === 36 || next === 96 || next === 92 || (inDq && next === 34)) {
        text += src.slice(start, i)
        start = i + 1
        i += 2
        continue
      }
    }
    i++
  }
  text += src.slice(start, i)
  if (s.depth >= MAX_NESTING) throw syntaxError('nesting too deep')
  return { part: { k: 'cmd', body: s.sub.whole(text, s.depth + 1) }, end: i + 1 }
}

/** A `$` form at `pos`, or null when the `$` is a literal dollar sign. */
export function scanDollar(s: Scan, pos: number, inDq: boolean): { part: WordPart; end: number } | null {
  const src = s.src
  const c = src.charCodeAt(pos + 1)
  if (pos + 1 >= s.limit) return null
  if (c === 123 /* { */) return scanBrace(s, pos, inDq)
  if (c === 40 /* ( */) {
    if (s.depth >= MAX_NESTING) throw syntaxError('nesting too deep')
    if (src.charCodeAt(pos + 2) === 40) {
      const arith = scanArith(s, pos)
      if (arith) return arith
    }
    const got = s.sub.subst(src, pos + 2, s.depth + 1)
    return { part: { k: 'cmd', body: got.list }, end: got.end }
  }
  if (isNameStart(c)) {
    let i = pos + 2
    while (i < s.limit && isNameChar(src.charCodeAt(i))) i++
    return { part: param(src.slice(pos + 1, i), '', null, null), end: i }
  }
  if (isDigit(c) || isSpecial(c)) return { part: param(src.charAt(pos + 1), '', null, null), end: pos + 2 }
  return null
}

const param = (name: string, op: ParamOp, arg: Word | null, arg2: Word | null): WordPart => ({ k: 'param', name, op, arg, arg2 })

/** `$((expr))`, or null when the parentheses do not close as `))` (then it is `$( (…) )`). */
function scanArith(s: Scan, pos: number): { part: WordPart; end: number } | null {
  const src = s.src
  let depth = 0
  for (let i = pos + 3; i < s.limit; i++) {
    const ch = src.charCodeAt(i)
    if (ch === 40) depth++
    else if (ch === 41) {
      if (depth > 0) depth--
      else if (src.charCodeAt(i + 1) === 41) {
        const expr = scanDocument({ src: src.slice(pos + 3, i), limit: i - pos - 3, sub: s.sub, depth: s.depth + 1 })
        return { part: { k: 'arith', expr }, end: i + 2 }
      } else return null
    }
  }
  return null
}

function scanBrace(s: Scan, pos: number, inDq: boolean): { part: WordPart; end: number } {
  const src = s.src
  let i = pos + 2
  let len = false
  if (src.charCodeAt(i) === 35 /* # */ && src.charCodeAt(i + 1) !== 125) {
    len = true
    i++
  }
  const nameStart = i
  const c = src.charCodeAt(i)
  if (isNameStart(c)) {
    while (i < s.limit && isNameChar(src.charCodeAt(i))) i++
  } else if (isDigit(c)) {
    while (i < s.limit && isDigit(src.charCodeAt(i))) i++
  } else if (isSpecial(c)) {
    i++
  } else {
    throw syntaxError('bad substitution')
  }
  const name = src.slice(nameStart, i)
  const close = (at: number, part: WordPart) => {
    if (at >= s.limit) throw syntaxError("missing '}'")
    if (src.charCodeAt(at) !== 125) throw syntaxError('bad substitution')
    return { part, end: at + 1 }
  }
  if (len) return close(i, param(name, 'len', null, null))
  const op = src.charAt(i)
  // The word of `${x:-word}` inside double quotes is itself double-quoted text; a pattern stays a pattern.
  const wordStyle: Style = inDq ? { stop: Stop.Brace, quoted: true, esc: 'dq' } : { stop: Stop.Brace, quoted: false, esc: 'sh' }
  const patStyle = (stop: Stop): Style => ({ stop, quoted: false, esc: 'sh' })
  const arg = (at: number, style: Style) => {
    const r = scanParts(s, at, style, [])
    return { word: makeWord(r.parts), end: r.end }
  }
  if (op === '}') return { part: param(name, '', null, null), end: i + 1 }
  if (op === ':' && '-=?+'.includes(src.charAt(i + 1))) {
    const a = arg(i + 2, wordStyle)
    return close(a.end, param(name, `:${src.charAt(i + 1)}` as ParamOp, a.word, null))
  }
  if (op === ':') {
    const off = arg(i + 1, patStyle(Stop.BraceColon))
    if (src.charCodeAt(off.end) === 58) {
      const n = arg(off.end + 1, patStyle(Stop.Brace))
      return close(n.end, param(name, 'substr', off.word, n.word))
    }
    return close(off.end, param(name, 'substr', off.word, null))
  }
  if ('-=?+'.includes(op)) {
    const a = arg(i + 1, wordStyle)
    return close(a.end, param(name, op as ParamOp, a.word, null))
  }
  if (op === '%' || op === '#') {
    const twice = src.charAt(i + 1) === op
    const a = arg(i + (twice ? 2 : 1), patStyle(Stop.Brace))
    return close(a.end, param(name, (twice ? op + op : op) as ParamOp, a.word, null))
  }
  if (op === '/') {
    const all = src.charAt(i + 1) === '/'
    const pat = arg(i + (all ? 2 : 1), patStyle(Stop.BraceSlash))
    if (src.charCodeAt(pat.end) === 47) {
      const rep = arg(pat.end + 1, wordStyle)
      return close(rep.end, param(name, all ? '//' : '/', pat.word, rep.word))
    }
    return close(pat.end, param(name, all ? '//' : '/', pat.word, null))
  }
  if (i >= s.limit) throw syntaxError("missing '}'")
  throw syntaxError('bad substitution')
}
