// Turns script text into tokens on demand (one token of lookahead, as ash's readtoken does), and
// reads here-document bodies when it reaches the end of the line that announced them.

import type { Redir, RedirOp, Word } from '../ast'
import { makeWord, scanDocument, scanWord, type Sub } from './words'

export type Op = ';' | '&' | '|' | '&&' | '||' | ';;' | '(' | ')'

export type Token =
  /** `lit` is the text when the word is one unquoted literal (keywords, names, assignments). */
  | { readonly t: 'word'; readonly word: Word; readonly lit: string | null; readonly raw: string; readonly pos: number }
  | { readonly t: 'op'; readonly v: Op; readonly pos: number }
  | { readonly t: 'redir'; readonly op: RedirOp; readonly fd: number; readonly pos: number }
  | { readonly t: 'nl'; readonly pos: number }
  | { readonly t: 'eof'; readonly pos: number }

interface PendingDoc {
  readonly redir: Redir
  readonly delim: string
  readonly quoted: boolean
  readonly stripTabs: boolean
}

export class Lexer {
  private peeked: Token | null = null
  private pending: PendingDoc[] = []
  private lineAt = 0
  private lineNo = 1

  constructor(
    readonly src: string,
    /** Where the next token starts. */
    public pos: number,
    private readonly sub: Sub,
    readonly depth: number,
  ) {}

  peek(): Token {
    if (!this.peeked) this.peeked = this.read()
    return this.peeked
  }

  next(): Token {
    const t = this.peek()
    this.peeked = null
    return t
  }

  /** 1-based line of a source position (positions are asked for in increasing order, mostly). */
  line(pos: number): number {
    if (pos < this.lineAt) {
      this.lineAt = 0
      this.lineNo = 1
    }
    for (let i = this.lineAt; i < pos; i++) if (this.src.charCodeAt(i) === 10) this.lineNo++
    this.lineAt = pos
    return this.lineNo
  }

  /** Registers a here-doc whose body starts after the current line. */
  addHeredoc(redir: Redir, raw: string, stripTabs: boolean): void {
    const quoted = /['"\\]/.test(raw)
    this.pending.push({ redir, delim: quoted ? raw.replace(/['"\\]/g, '') : raw, quoted, stripTabs })
  }

  private read(): Token {
    const src = this.src
    let pos = this.pos
    for (;;) {
      const ch = src.charCodeAt(pos)
      if (ch === 32 || ch === 9) pos++
      else if (ch === 92 && src.charCodeAt(pos + 1) === 10) pos += 2
      else if (ch === 35 /* # */) {
        const nl = src.indexOf('\n', pos)
        pos = nl < 0 ? src.length : nl
      } else break
    }
    const start = pos
    if (pos >= src.length) {
      this.pos = pos
      this.readHeredocs()
      return { t: 'eof', pos }
    }
    const ch = src.charAt(pos)
    const two = src.slice(pos, pos + 2)
    const op = (v: Op, len: number): Token => {
      this.pos = pos + len
      return { t: 'op', v, pos: start }
    }
    switch (ch) {
      case '\n':
        this.pos = pos + 1
        this.readHeredocs()
        return { t: 'nl', pos: start }
      case ';':
        return two === ';;' ? op(';;', 2) : op(';', 1)
      case '&':
        return two === '&&' ? op('&&', 2) : op('&', 1)
      case '|':
        return two === '||' ? op('||', 2) : op('|', 1)
      case '(':
        return op('(', 1)
      case ')':
        return op(')', 1)
      case '<':
      case '>': {
        const r = this.redirOp(pos, -1)
        if (r) return r
      }
    }
    const { word, end } = scanWord({ src, limit: src.length, sub: this.sub, depth: this.depth }, pos)
    const raw = src.slice(pos, end)
    // An all-digit word right before `<` or `>` is a file descriptor number (`2>&1`).
    const next = src.charCodeAt(end)
    if ((next === 60 || next === 62) && /^[0-9]$/.test(raw)) {
      const r = this.redirOp(end, Number(raw))
      if (r) return r
    }
    this.pos = end
    const only = word.parts.length === 1 ? word.parts[0] : undefined
    const lit = only && only.k === 'lit' ? only.v : null
    return { t: 'word', word, lit, raw, pos: start }
  }

  private redirOp(pos: number, fd: number): Token | null {
    const s = this.src.slice(pos, pos + 3)
    const ops: RedirOp[] = ['<<-', '<<', '<&', '<>', '>>', '>&', '>|', '<', '>']
    for (const o of ops) {
      if (s.startsWith(o)) {
        this.pos = pos + o.length
        return { t: 'redir', op: o, fd: fd >= 0 ? fd : o.startsWith('<') ? 0 : 1, pos }
      }
    }
    return null
  }

  private readHeredocs(): void {
    const docs = this.pending
    if (docs.length === 0) return
    this.pending = []
    const src = this.src
    for (const doc of docs) {
      let body = ''
      while (this.pos < src.length) {
        const nl = src.indexOf('\n', this.pos)
        const end = nl < 0 ? src.length : nl
        let line = src.slice(this.pos, end)
        this.pos = nl < 0 ? src.length : nl + 1
        if (doc.stripTabs) line = line.replace(/^\t+/, '')
        if (line === doc.delim) break
        body += `${line}\n`
      }
      doc.redir.heredoc = doc.quoted
        ? makeWord(body ? [{ k: 'q', v: body }] : [])
        : scanDocument({ src: body, limit: body.length, sub: this.sub, depth: this.depth + 1 })
    }
  }
}
