// `$((…))`: C-like integer arithmetic on 64-bit signed values, as busybox `shell/math.c` does it
// (precedence, `**`, assignments, `++`/`--`, `?:`, `,`). A variable whose value is not a number is
// evaluated as an expression itself. Expressions are parsed once and cached by their text.

import { ArithError, ExprParser, parseNumber, SYNTAX, tokenize, type Node } from './arithParse'

export { ArithError }

export interface ArithVars {
  get(name: string): string | undefined
  set(name: string, value: string): void
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
