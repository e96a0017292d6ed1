// Compound commands (ash's parse_command): if, for, case. The grammar's other parts are
// reached through the Grammar interface so this file does not need the parser class.

import type { CaseItem, Command, IfClause, List, Redir, Word } from '../ast'
import { syntaxError } from './errors'
import type { Lexer } from './lexer'
import { keyword, NAME, unexpected } from './tokens'

export interface Grammar {
  readonly lx: Lexer
  list(mayBeEmpty: boolean): List
  expect(kw: string): void
  redirs(): Redir[]
  skipNewlines(): void
}

export function ifCommand(p: Grammar): Command {
  const clauses: IfClause[] = []
  let otherwise: List | null = null
  for (;;) {
    const cond = p.list(false)
    p.expect('then')
    clauses.push({ cond, body: p.list(false) })
    const t = p.lx.next()
    const kw = keyword(t)
    if (kw === 'elif') continue
    if (kw === 'else') {
      otherwise = p.list(false)
      p.expect('fi')
    } else if (kw !== 'fi') throw unexpected(t, 'fi')
    return { k: 'if', clauses, otherwise, redirs: p.redirs() }
  }
}

export function forCommand(p: Grammar): Command {
  const v = p.lx.next()
  if (v.t !== 'word' || v.lit === null || !NAME.test(v.lit)) throw syntaxError('bad for loop variable')
  p.skipNewlines()
  let items: Word[] | null = null
  const t = p.lx.peek()
  if (keyword(t) === 'in') {
    p.lx.next()
    items = []
    for (;;) {
      const w = p.lx.next()
      if (w.t === 'word') items.push(w.word)
      else if ((w.t === 'op' && w.v === ';') || w.t === 'nl') break
      else throw unexpected(w)
    }
  } else if (t.t === 'op' && t.v === ';') {
    p.lx.next()
  }
  p.skipNewlines()
  p.expect('do')
  const body = p.list(false)
  p.expect('done')
  return { k: 'for', name: v.lit, items, body, redirs: p.redirs() }
}

export function caseCommand(p: Grammar): Command {
  const w = p.lx.next()
  if (w.t !== 'word') throw unexpected(w, 'word')
  p.skipNewlines()
  p.expect('in')
  const items: CaseItem[] = []
  for (;;) {
    p.skipNewlines()
    let t = p.lx.next()
    if (keyword(t) === 'esac') break
    if (t.t === 'op' && t.v === '(') t = p.lx.next()
    const patterns: Word[] = []
    for (;;) {
      if (t.t !== 'word') throw unexpected(t, 'word')
      patterns.push(t.word)
      t = p.lx.next()
      if (!(t.t === 'op' && t.v === '|')) break
      t = p.lx.next()
    }
    if (!(t.t === 'op' && t.v === ')')) throw unexpected(t, ')')
    items.push({ patterns, body: p.list(true) })
    p.skipNewlines()
    const end = p.lx.next()
    if (keyword(end) === 'esac') break
    if (!(end.t === 'op' && end.v === ';;')) throw unexpected(end, ';;')
  }
  return { k: 'case', word: w.word, items, redirs: p.redirs() }
}
