// `$((…))`: C-like integer arithmetic on 64-bit signed values, as busybox `shell/math.c` does it
// (precedence, `**`, assignments, `++`/`--`, `?:`, `,`). A variable whose value is not a number is
// evaluated as an expression itself. Expressions are parsed once and cached by their text.

export class ArithError extends Error {}

type Node =
  | { k: 'num'; v: bigint }
  | { k: 'var'; name: string }
  | { k: 'un'; op: string; x: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'cond'; c: Node; a: Node; b: Node }
  | { k: 'asg'; op: string; name: string; x: Node }
  | { k: 'inc'; name: string; delta: bigint; post: boolean }

export interface ArithVars {
  get(name: string): string | undefined
  set(name: string, value: string): void
}

const SYNTAX = 'arithmetic syntax error'
const TOKEN = /\s*(?:(0[xX][0-9a-fA-F]+|[0-9]+)|([A-Za-z_][A-Za-z0-9_]*)|(<<=|>>=|\*\*|<<|>>|<=|>=|==|!=|&&|\|\||\+\+|--|[-+*/%&^|]=|[-+*/%<>=!~&^|?:(),]))/y
const BINARY: Record<string, number> = {
  ',': 1, '||': 4, '&&': 5, '|': 6, '^': 7, '&': 8, '==': 9, '!=': 9, '<': 10, '<=': 10, '>': 10, '>=': 10,
  '<<': 11, '>>': 11, '+': 12, '-': 12, '*': 13, '/': 13, '%': 13, '**': 14,
}
const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '^=', '|='])
const MAX_DEPTH = 100

type Tok = { num: bigint } | { name: string } | { op: string }

function tokenize(text: string): Tok[] {
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

function parseNumber(s: string): bigint {
  if (/^0[xX]/.test(s)) return BigInt(s)
  if (s.length > 1 && s.startsWith('0')) {
    if (!/^[0-7]+$/.test(s)) throw new ArithError(SYNTAX)
    return BigInt(`0o${s.slice(1)}`)
  }
  return BigInt(s)
}

class ExprParser {
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

const cache = new Map<string, Node>()

function compile(text: string): Node {
  let n = cache.get(text)
  if (!n) {
    n = new ExprParser(tokenize(text)).parse()
    if (cache.size >= 1024) cache.clear()
    cache.set(text, n)
  }
  return n
}

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v)

/** a ** b wrapped to 64 bits, by squaring (so `2**1000000000` does not build a huge number). */
function power(a: bigint, b: bigint): bigint {
  let result = 1n
  let base = wrap(a)
  let e = b
  while (e > 0n) {
    if (e & 1n) result = wrap(result * base)
    base = wrap(base * base)
    e >>= 1n
  }
  return result
}
const bool = (b: boolean): bigint => (b ? 1n : 0n)

function binary(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case '+': return wrap(a + b)
    case '-': return wrap(a - b)
    case '*': return wrap(a * b)
    case '/':
    case '%':
      if (b === 0n) throw new ArithError('divide by zero')
      return wrap(op === '/' ? a / b : a % b)
    case '**':
      if (b < 0n) throw new ArithError('exponent less than 0')
      return power(a, b)
    case '<<': return wrap(a << (b & 63n))
    case '>>': return a >> (b & 63n)
    case '&': return a & b
    case '|': return a | b
    case '^': return a ^ b
    case '<': return bool(a < b)
    case '<=': return bool(a <= b)
    case '>': return bool(a > b)
    case '>=': return bool(a >= b)
    case '==': return bool(a === b)
    case '!=': return bool(a !== b)
    case ',': return b
  }
  throw new ArithError(SYNTAX)
}

const NUMBER = /^\s*[-+]?(0[xX][0-9a-fA-F]+|[0-9]+)\s*$/

function evaluate(n: Node, vars: ArithVars, depth: number): bigint {
  switch (n.k) {
    case 'num':
      return n.v
    case 'var':
      return valueOf(n.name, vars, depth)
    case 'un': {
      const x = evaluate(n.x, vars, depth)
      return n.op === '-' ? wrap(-x) : n.op === '!' ? bool(x === 0n) : n.op === '~' ? ~x : x
    }
    case 'bin':
      if (n.op === '&&') return bool(evaluate(n.a, vars, depth) !== 0n && evaluate(n.b, vars, depth) !== 0n)
      if (n.op === '||') return bool(evaluate(n.a, vars, depth) !== 0n || evaluate(n.b, vars, depth) !== 0n)
      return binary(n.op, evaluate(n.a, vars, depth), evaluate(n.b, vars, depth))
    case 'cond':
      return evaluate(n.c, vars, depth) !== 0n ? evaluate(n.a, vars, depth) : evaluate(n.b, vars, depth)
    case 'asg': {
      const x = evaluate(n.x, vars, depth)
      const v = n.op === '=' ? x : binary(n.op.slice(0, -1), valueOf(n.name, vars, depth), x)
      vars.set(n.name, v.toString())
      return v
    }
    case 'inc': {
      const old = valueOf(n.name, vars, depth)
      const v = wrap(old + n.delta)
      vars.set(n.name, v.toString())
      return n.post ? old : v
    }
  }
}

function valueOf(name: string, vars: ArithVars, depth: number): bigint {
  const s = vars.get(name)
  if (s === undefined || s === '') return 0n
  const m = NUMBER.exec(s)
  if (m) {
    const v = parseNumber(m[1] as string)
    return s.trimStart().startsWith('-') ? wrap(-v) : v
  }
  if (depth >= 10) throw new ArithError('expression recursion loop detected')
  return evaluate(compile(s), vars, depth + 1)
}

/** Evaluates an expression (already expanded by the shell); throws ArithError with ash's message. */
export function arith(text: string, vars: ArithVars): bigint {
  return evaluate(compile(text), vars, 0)
}
