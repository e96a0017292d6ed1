// How the parser sees tokens: which words are keywords (only unquoted, in command position), and
// how ash names a token in a syntax error (`unexpected "fi"`, `unexpected end of file`).

import { syntaxError, type ParseError } from './errors'
import type { Token } from './lexer'

export const KEYWORDS = new Set(['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'if', 'in', 'then', 'until', 'while', '{', '}'])
/** Tokens that end a command list (ash's tokendlist). */
export const LIST_END = new Set(['do', 'done', 'elif', 'else', 'esac', 'fi', 'then', '}'])
export const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
export const ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/

export const keyword = (t: Token): string | null => (t.t === 'word' && t.lit !== null && KEYWORDS.has(t.lit) ? t.lit : null)

/** How ash names a token in a message: plain for a few, quoted for the rest. */
function tokName(t: Token | string): string {
  if (typeof t === 'string') return t === 'word' ? 'word' : `"${t}"`
  switch (t.t) {
    case 'eof':
      return 'end of file'
    case 'nl':
      return 'newline'
    case 'redir':
      return 'redirection'
    case 'op':
      return `"${t.v}"`
    case 'word':
      return keyword(t) ? `"${t.lit}"` : 'word'
  }
}

export const unexpected = (t: Token, expecting?: string): ParseError =>
  syntaxError(`unexpected ${tokName(t)}${expecting ? ` (expecting ${tokName(expecting)})` : ''}`)

