// The grammar of busybox ash (`shell/ash.c`: list, andor, pipeline, parse_command, simplecmd),
// including where it recognises keywords and what it reports as unexpected, so error messages
// match: `syntax error: unexpected "fi"`, `unexpected end of file (expecting "done")`.

import type { AndOr, Assign, Command, List, ListItem, Pipeline, Redir, Script, Word } from '../ast'
import { caseCommand, forCommand, ifCommand, type Grammar } from './compound'
import { MAX_NESTING, ParseError, syntaxError } from './errors'
import { Lexer, type Token } from './lexer'
import { ASSIGN, keyword, LIST_END, NAME, unexpected } from './tokens'
import { makeWord, type Sub } from './words'

class Parser implements Grammar {
  readonly lx: Lexer
  private nesting = 0

  constructor(src: string, pos: number, depth: number) {
    const sub: Sub = {
      subst: (s, p, d) => {
        const inner = new Parser(s, p, d)
        const list = inner.list(true)
        const close = inner.lx.next()
        if (!(close.t === 'op' && close.v === ')')) throw unexpected(close, ')')
        return { list, end: inner.lx.pos }
      },
      whole: (text, d) => {
        const inner = new Parser(text, 0, d)
        const list = inner.list(true)
        const end = inner.lx.next()
        if (end.t !== 'eof') throw unexpected(end)
        return list
      },
    }
    this.lx = new Lexer(src, pos, sub, depth)
  }

  /** One top-level line (ash's list(1)): null for a blank line, 'eof' at the end. */
  topLine(): List | null | 'eof' {
    const first = this.lx.peek()
    if (first.t === 'eof') return 'eof'
    if (first.t === 'nl') {
      this.lx.next()
      return null
    }
    const items: ListItem[] = []
    for (;;) {
      const ao = this.andOr()
      const t = this.lx.peek()
      if (t.t === 'op' && (t.v === ';' || t.v === '&')) {
        this.lx.next()
        items.push({ ao, bg: t.v === '&' })
        const after = this.lx.peek()
        if (after.t === 'nl') this.lx.next()
        if (after.t === 'nl' || after.t === 'eof') return { items }
        continue
      }
      items.push({ ao, bg: false })
      if (t.t === 'nl') this.lx.next()
      if (t.t === 'nl' || t.t === 'eof') return { items }
      throw unexpected(t)
    }
  }

  /** A command list inside a compound command. `mayBeEmpty` for case bodies (ash's list(2)). */
  list(mayBeEmpty: boolean): List {
    const items: ListItem[] = []
    for (;;) {
      this.skipNewlines()
      const t = this.lx.peek()
      // At the end of the text ash returns what it has, so the caller reports what it expected.
      if (t.t === 'eof' || ((items.length > 0 || mayBeEmpty) && this.endsList(t))) return { items }
      const ao = this.andOr()
      const sep = this.lx.peek()
      const bg = sep.t === 'op' && sep.v === '&'
      items.push({ ao, bg })
      if (sep.t === 'op' && (sep.v === ';' || sep.v === '&')) this.lx.next()
      else if (sep.t !== 'nl') return { items }
    }
  }

  private endsList(t: Token): boolean {
    if (t.t === 'eof') return true
    if (t.t === 'op') return t.v === ')' || t.v === ';;'
    const kw = keyword(t)
    return kw !== null && LIST_END.has(kw)
  }

  skipNewlines(): void {
    while (this.lx.peek().t === 'nl') this.lx.next()
  }

  private andOr(): AndOr {
    const head = this.pipeline()
    const tail: { op: '&&' | '||'; p: Pipeline }[] = []
    for (;;) {
      const t = this.lx.peek()
      if (!(t.t === 'op' && (t.v === '&&' || t.v === '||'))) return { head, tail }
      this.lx.next()
      this.skipNewlines()
      tail.push({ op: t.v, p: this.pipeline() })
    }
  }

  private pipeline(): Pipeline {
    let bang = false
    while (keyword(this.lx.peek()) === '!') {
      this.lx.next()
      bang = !bang
    }
    const cmds = [this.command()]
    for (;;) {
      const t = this.lx.peek()
      if (!(t.t === 'op' && t.v === '|')) return { bang, cmds }
      this.lx.next()
      this.skipNewlines()
      cmds.push(this.command())
    }
  }

  private command(): Command {
    if (++this.nesting > MAX_NESTING || this.lx.depth > MAX_NESTING) throw syntaxError('nesting too deep')
    try {
      return this.commandInner()
    } finally {
      this.nesting--
    }
  }

  private commandInner(): Command {
    const t = this.lx.peek()
    const kw = keyword(t)
    if (kw !== null) {
      this.lx.next()
      switch (kw) {
        case 'if':
          return ifCommand(this)
        case 'while':
        case 'until': {
          const cond = this.list(false)
          this.expect('do')
          const body = this.list(false)
          this.expect('done')
          return { k: 'loop', until: kw === 'until', cond, body, redirs: this.redirs() }
        }
        case 'for':
          return forCommand(this)
        case 'case':
          return caseCommand(this)
        case '{': {
          const body = this.list(false)
          this.expect('}')
          return { k: 'group', body, redirs: this.redirs() }
        }
      }
      throw unexpected(t)
    }
    if (t.t === 'op' && t.v === '(') {
      this.lx.next()
      const body = this.list(false)
      const close = this.lx.next()
      if (!(close.t === 'op' && close.v === ')')) throw unexpected(close, ')')
      return { k: 'subshell', body, redirs: this.redirs() }
    }
    if (t.t === 'word' || t.t === 'redir') return this.simple()
    throw unexpected(t)
  }

  expect(kw: string): void {
    const t = this.lx.next()
    if (keyword(t) !== kw) throw unexpected(t, kw)
  }

  redirs(): Redir[] {
    const out: Redir[] = []
    for (let t = this.lx.peek(); t.t === 'redir'; t = this.lx.peek()) {
      this.lx.next()
      out.push(this.redirTarget(t))
    }
    return out
  }

  private redirTarget(t: Extract<Token, { t: 'redir' }>): Redir {
    const w = this.lx.next()
    if (w.t !== 'word') throw unexpected(w)
    const r: Redir = { fd: t.fd, op: t.op, target: w.word, heredoc: null }
    if (t.op === '<<' || t.op === '<<-') this.lx.addHeredoc(r, w.raw, t.op === '<<-')
    return r
  }

  private simple(): Command {
    const line = this.lx.line(this.lx.peek().pos)
    const assigns: Assign[] = []
    const words: Word[] = []
    const redirs: Redir[] = []
    for (;;) {
      const t = this.lx.peek()
      if (t.t === 'word') {
        this.lx.next()
        const first = t.word.parts[0]
        if (words.length === 0 && first?.k === 'lit' && ASSIGN.test(first.v)) {
          const eq = first.v.indexOf('=')
          const rest = first.v.slice(eq + 1)
          const parts = rest ? [{ k: 'lit' as const, v: rest }, ...t.word.parts.slice(1)] : t.word.parts.slice(1)
          assigns.push({ name: first.v.slice(0, eq), value: makeWord(parts) })
        } else {
          words.push(t.word)
        }
      } else if (t.t === 'redir') {
        this.lx.next()
        redirs.push(this.redirTarget(t))
      } else if (t.t === 'op' && t.v === '(' && words.length === 1 && assigns.length === 0 && redirs.length === 0) {
        return this.funcDef(words[0] as Word)
      } else {
        const plain = words.every((w) => w.text !== null) ? words.map((w) => w.text as string) : null
        return { k: 'simple', assigns, words, redirs, line, plain }
      }
    }
  }

  private funcDef(nameWord: Word): Command {
    this.lx.next()
    const close = this.lx.next()
    if (!(close.t === 'op' && close.v === ')')) throw unexpected(close, ')')
    const name = nameWord.text
    if (name === null || !NAME.test(name)) throw syntaxError('bad function name')
    this.skipNewlines()
    return { k: 'func', name, body: this.command() }
  }
}

/** Parses a whole script into top-level lines; a syntax error stops the parse (see Script). */
export function parse(text: string): Script {
  const lines: List[] = []
  const p = new Parser(text, 0, 0)
  try {
    for (;;) {
      const line = p.topLine()
      if (line === 'eof') break
      if (line) lines.push(line)
    }
  } catch (e) {
    if (e instanceof ParseError) return { lines, error: e.message }
    // Anything else (a stack overflow on absurd input) is still only a syntax error to the user.
    return { lines, error: 'syntax error: nesting too deep' }
  }
  return { lines, error: null }
}
