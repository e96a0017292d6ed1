// Scans the parts of one word: quoting, backslashes and the `$` forms. Command substitution needs
// the full parser, which the caller passes in (`Sub`), so `$(case x in x) …;; esac)` ends at the
// right parenthesis.

import type { List, Word, WordPart } from '../ast'
import { scanBackquote, scanDollar } from './dollar'
import { syntaxError } from './errors'

export interface Sub {
  /** Parses a command list starting at `pos` in `src` up to its closing `)`; returns the position after it. */
  subst(src: string, pos: number, depth: number): { list: List; end: number }
  /** Parses a whole text (a backquote body) as a command list. */
  whole(text: string, depth: number): List
}

/** Where a run of word text stops. */
export const enum Stop {
  /** A shell word: blanks, newline and `; & | < > ( )`. */
  Delim,
  /** Inside `"..."`. */
  Dquote,
  /** Never (here-doc bodies and `$((...))` text, bounded by `limit`). */
  None,
  /** The word of `${x:-word}`. */
  Brace,
  /** The offset of `${x:off:len}`. */
  BraceColon,
  /** The pattern of `${x/pattern/repl}`. */
  BraceSlash,
}

export interface Scan {
  readonly src: string
  readonly limit: number
  readonly sub: Sub
  readonly depth: number
}

export interface Style {
  readonly stop: Stop
  /** Text counts as quoted (no splitting, no globbing). */
  readonly quoted: boolean
  /** Backslash rules: 'sh' escapes anything, 'dq' only `$ \` " \\` and newline, 'doc' the same minus `"`. */
  readonly esc: 'sh' | 'dq' | 'doc'
}

const WORD: Style = { stop: Stop.Delim, quoted: false, esc: 'sh' }
const DQ: Style = { stop: Stop.Dquote, quoted: true, esc: 'dq' }
const DOC: Style = { stop: Stop.None, quoted: true, esc: 'doc' }

function stops(stop: Stop, ch: number): boolean {
  switch (stop) {
    case Stop.Delim:
      return ch === 32 || ch === 9 || ch === 10 || ch === 59 || ch === 38 || ch === 124 || ch === 60 || ch === 62 || ch === 40 || ch === 41
    case Stop.Dquote:
      return ch === 34
    case Stop.None:
      return false
    case Stop.Brace:
      return ch === 125
    case Stop.BraceColon:
      return ch === 125 || ch === 58
    case Stop.BraceSlash:
      return ch === 125 || ch === 47
  }
}

const GLOB_CHARS = /[*?[]/
const USER_CHAR = /[A-Za-z0-9._-]/

/** Builds a Word, noting when it is plain text that expands to itself. */
export function makeWord(parts: readonly WordPart[]): Word {
  return { parts, text: parts.length === 0 ? null : plainText(parts) }
}

function plainText(parts: readonly WordPart[]): string | null {
  let out = ''
  for (const p of parts) {
    if (p.k === 'q') out += p.v
    else if (p.k === 'lit' && !GLOB_CHARS.test(p.v)) out += p.v
    else if (p.k === 'dq') {
      const inner = p.parts.length === 0 ? '' : plainText(p.parts)
      if (inner === null) return null
      out += inner
    } else return null
  }
  return out
}

function pushText(parts: WordPart[], text: string, quoted: boolean): void {
  const k = quoted ? 'q' : 'lit'
  const last = parts[parts.length - 1]
  if (last && last.k === k) parts[parts.length - 1] = { k, v: last.v + text }
  else parts.push({ k, v: text })
}

/** Scans a word in ordinary shell context (the lexer's words). */
export function scanWord(s: Scan, pos: number): { word: Word; end: number } {
  const parts: WordPart[] = []
  const src = s.src
  if (src.charCodeAt(pos) === 126 /* ~ */) {
    let i = pos + 1
    while (i < s.limit && USER_CHAR.test(src.charAt(i))) i++
    if (i >= s.limit || src.charCodeAt(i) === 47 || stops(Stop.Delim, src.charCodeAt(i))) {
      parts.push({ k: 'tilde', user: src.slice(pos + 1, i) })
      pos = i
    }
  }
  const r = scanParts(s, pos, WORD, parts)
  return { word: makeWord(r.parts), end: r.end }
}

/** Scans here-doc text or `$((...))` text: `$` forms and backquotes expand, quotes are literal. */
export function scanDocument(s: Scan): Word {
  return makeWord(scanParts(s, 0, DOC, []).parts)
}

export function scanParts(s: Scan, pos: number, style: Style, parts: WordPart[]): { parts: WordPart[]; end: number } {
  const src = s.src
  let start = pos
  const flush = (to: number) => {
    if (to > start) pushText(parts, src.slice(start, to), style.quoted)
  }
  while (pos < s.limit) {
    const ch = src.charCodeAt(pos)
    if (stops(style.stop, ch)) break
    if (ch === 92 /* \ */) {
      flush(pos)
      const next = src.charCodeAt(pos + 1)
      if (pos + 1 >= s.limit) {
        pushText(parts, '\\', style.quoted)
        pos++
      } else if (next === 10) {
        pos += 2 // line continuation
      } else if (style.esc === 'sh' || next === 36 || next === 96 || next === 92 || (next === 34 && style.esc === 'dq')) {
        pushText(parts, src.charAt(pos + 1), true)
        pos += 2
      } else {
        pushText(parts, '\\', style.quoted)
        pos++
      }
      start = pos
      continue
    }
    if (ch === 39 /* ' */ && style.esc === 'sh') {
      flush(pos)
      const close = src.indexOf("'", pos + 1)
      if (close < 0 || close >= s.limit) throw syntaxError('unterminated quoted string')
      pushText(parts, src.slice(pos + 1, close), true)
      pos = close + 1
      start = pos
      continue
    }
    if (ch === 34 /* " */ && style.stop !== Stop.Dquote && style.esc !== 'doc') {
      flush(pos)
      const inner = scanParts(s, pos + 1, DQ, [])
      if (inner.end >= s.limit || src.charCodeAt(inner.end) !== 34) throw syntaxError('unterminated quoted string')
      parts.push({ k: 'dq', parts: inner.parts })
      pos = inner.end + 1
      start = pos
      continue
    }
    if (ch === 36 /* $ */) {
      const got = scanDollar(s, pos, style.quoted)
      if (got) {
        flush(pos)
        parts.push(got.part)
        pos = got.end
        start = pos
        continue
      }
    }
    if (ch === 96 /* ` */) {
      flush(pos)
      const got = scanBackquote(s, pos, style.esc === 'dq')
      parts.push(got.part)
      pos = got.end
      start = pos
      continue
    }
    pos++
  }
  flush(pos)
  return { parts, end: pos }
}

