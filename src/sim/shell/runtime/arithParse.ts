// Parsing `$((…))` text: tokens and a precedence-climbing parser for busybox's C-like operators
// (`shell/math.c`). Evaluation is in arith.ts.

export class ArithError extends Error {}

export type Node =
  | { k: 'num'; v: bigint }
  | { k: 'var'; name: string }
  | { k: 'un'; op: string; x: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'cond'; c: Node; a: Node; b: Node }
  | { k: 'asg'; op: string; name: string; x: Node }
  | { k: 'inc'; name: string; delta: bigint; post: boolean }

export const SYNTAX = 'arithmetic syntax error'
const TOKEN = /\s*(?:(0[xX][0-9a-fA-F]+|[0-9]+)|([A-Za-z_][A-Za-z0-9_]*)|(<<=|>>=|\*\*|<<|>>|<=|>=|==|!=|&&|\|\||\+\+|--|[-+*/%&^|]=|[-+*/%<>=!~&^|?:(),]))/y
const BINARY: Record<string, number> = {
  ',': 1, '||': 4, '&&': 5, '|': 6, '^': 7, '&': 8, '==': 9, '!=': 9, '<': 10, '<=': 10, '>': 10, '>=': 10,
  '<<': 11, '>>': 11, '+': 12, '-': 12, '*': 13, '/': 13, '%': 13, '**': 14,
}
const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '^=', '|='])
const MAX_DEPTH = 100

type Tok = { num: bigint } | { name: string } | { op: string }

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = []
  TOKEN.lastIndex = 0
  let pos = 0
  for (;;) {
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++
    if (pos >= text.length) break
    TOKEN.lastIndex = pos
    const m = TOKEN.exec(text)
    if (!m) throw new ArithError(SYNTAX)
    pos = TOKEN.lastIndex
    if (m[1] !== undefined) toks.push({ num: parseNumber(m[1]) })
    else if (m[2] !== undefined) toks.push({ name: m[2] })
    else toks.push({ op: m[3] as string })
  }
  return toks
}

export function parseNumber(s: string): bigint {
  if (/^0[xX]/.test(s)) return BigInt(s)
  if (s.length > 1 && s.startsWith('0')) {
    if (!/^[0-7]+$/.test(s)) throw new ArithError(SYNTAX)
    return BigInt(`0o${s.slice(1)}`)
  }
  return BigInt(s)
}

export class ExprParser {
  private i = 0
  private depth = 0
  constructor(private readonly toks: Tok[]) {}

  parse(): Node {
    if (this.toks.length === 0) return { k: 'num', v: 0n }
    const n = this.expr(1)
    if (this.i < this.toks.length) throw new ArithError(SYNTAX)
    return n
  }

  private peekOp(): string | null {
    const t = this.toks[this.i]
    return t && 'op' in t ? t.op : null
  }

  private expr(minPrec: number): Node {
    if (++this.depth > MAX_DEPTH) throw new ArithError(SYNTAX)
    let left = this.unary()
    for (;;) {
      const op = this.peekOp()
      if (op === null) break
      if (op === '?' && minPrec <= 3) {
        this.i++
        const a = this.expr(1)
        if (this.peekOp() !== ':') throw new ArithError(SYNTAX)
        this.i++
        const b = this.expr(3)
        left = { k: 'cond', c: left, a, b }
        continue
      }
      if (ASSIGN.has(op) && minPrec <= 2) {
        if (left.k !== 'var') throw new ArithError(SYNTAX)
        this.i++
        left = { k: 'asg', op, name: left.name, x: this.expr(2) }
        continue
      }
      const prec = BINARY[op]
      if (prec === undefined || prec < minPrec) break
      this.i++
      const right = this.expr(op === '**' ? prec : prec + 1)
      left = { k: 'bin', op, a: left, b: right }
    }
    this.depth--
    return left
  }

  private unary(): Node {
    const t = this.toks[this.i++]
    if (!t) throw new ArithError(SYNTAX)
    if ('num' in t) return { k: 'num', v: t.num }
    if ('name' in t) {
      const op = this.peekOp()
      if (op === '++' || op === '--') {
        this.i++
        return { k: 'inc', name: t.name, delta: op === '++' ? 1n : -1n, post: true }
      }
      return { k: 'var', name: t.name }
    }
    switch (t.op) {
      case '(': {
        const n = this.expr(1)
        if (this.peekOp() !== ')') throw new ArithError(SYNTAX)
        this.i++
        return n
      }
      case '++':
      case '--': {
        const v = this.toks[this.i++]
        if (!v || !('name' in v)) throw new ArithError(SYNTAX)
        return { k: 'inc', name: v.name, delta: t.op === '++' ? 1n : -1n, post: false }
      }
      case '+':
      case '-':
      case '!':
      case '~':
        if (++this.depth > MAX_DEPTH) throw new ArithError(SYNTAX)
        return { k: 'un', op: t.op, x: this.unary() }
    }
    throw new ArithError(SYNTAX)
  }
}

