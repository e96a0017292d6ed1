// `test EXPR`, `[ EXPR ]` and `[[ EXPR ]]` (busybox coreutils/test.c): POSIX rules for up to four
// arguments, then a precedence parser for `!`, `-a`, `-o` and parentheses. Status 0 true, 1 false,
// 2 on a syntax error. The file system keeps no permissions or times: -r/-w are "exists", -x is
// "a directory or a program in a bin directory", -nt/-ot are false.
import type { Applet, AppletContext } from '../types'
import { abs } from './lib/files'

class TestError extends Error {}

const UNARY = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-n', '-z', '-L', '-h', '-b', '-c', '-p', '-S', '-t', '-u', '-g', '-k', '-O', '-G'])
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef'])
const BIN_DIR = /^\/(usr\/(local\/)?)?s?bin\//

function num(s: string): bigint {
  if (!/^\s*[-+]?\d+\s*$/.test(s)) throw new TestError(`${s}: bad number`)
  return BigInt(s.trim())
}

function unary(ctx: AppletContext, op: string, arg: string): boolean {
  if (op === '-n') return arg !== ''
  if (op === '-z') return arg === ''
  if (op === '-t') return false
  const path = abs(ctx, arg)
  const st = arg === '' ? null : ctx.host.fs.stat(path)
  switch (op) {
    case '-e': case '-r': case '-w': return st !== null
    case '-f': return st?.type === 'file'
    case '-d': return st?.type === 'dir'
    case '-s': return st !== null && (st.type === 'dir' || st.size > 0)
    case '-x': return st !== null && (st.type === 'dir' || BIN_DIR.test(path))
    default: return false
  }
}

function binary(ctx: AppletContext, a: string, op: string, b: string): boolean {
  switch (op) {
    case '=': case '==': return a === b
    case '!=': return a !== b
    case '<': return a < b
    case '>': return a > b
    case '-eq': return num(a) === num(b)
    case '-ne': return num(a) !== num(b)
    case '-lt': return num(a) < num(b)
    case '-le': return num(a) <= num(b)
    case '-gt': return num(a) > num(b)
    case '-ge': return num(a) >= num(b)
    case '-ef': return abs(ctx, a) === abs(ctx, b) && ctx.host.fs.stat(abs(ctx, a)) !== null
    default: return false
  }
}

/** The general grammar: expr = and (-o and)*, and = not (-a not)*, not = ! not | primary. */
class Parser {
  private i = 0
  private depth = 0
  constructor(
    private readonly ctx: AppletContext,
    private readonly args: readonly string[],
  ) {}

  run(): boolean {
    const v = this.or()
    if (this.i < this.args.length) throw new TestError(`${this.args[this.i]}: unknown operand`)
    return v
  }

  private or(): boolean {
    let v = this.and()
    while (this.args[this.i] === '-o') {
      this.i++
      v = this.and() || v
    }
    return v
  }

  private and(): boolean {
    let v = this.not()
    while (this.args[this.i] === '-a') {
      this.i++
      v = this.not() && v
    }
    return v
  }

  private not(): boolean {
    if (++this.depth > 200) throw new TestError('expression too deep')
    if (this.args[this.i] === '!' && this.i + 1 < this.args.length) {
      this.i++
      return !this.not()
    }
    return this.primary()
  }

  private primary(): boolean {
    const a = this.args[this.i]
    if (a === undefined) throw new TestError('argument expected')
    const next = this.args[this.i + 1]
    if (next !== undefined && BINARY.has(next) && this.i + 2 < this.args.length) {
      this.i += 3
      return binary(this.ctx, a, next, this.args[this.i - 1] as string)
    }
    if (a === '(' ) {
      this.i++
      const v = this.or()
      if (this.args[this.i] !== ')') throw new TestError('closing paren expected')
      this.i++
      return v
    }
    if (UNARY.has(a) && next !== undefined) {
      this.i += 2
      return unary(this.ctx, a, next)
    }
    this.i++
    return a !== ''
  }
}

/** POSIX's fixed rules for few arguments, so `[ -n ]` and `[ = = = ]` mean what they should. */
function evaluate(ctx: AppletContext, args: readonly string[]): boolean {
  const [a = '', b = '', c = ''] = args
  switch (args.length) {
    case 0: return false
    case 1: return a !== ''
    case 2:
      if (a === '!') return b === ''
      if (UNARY.has(a)) return unary(ctx, a, b)
      throw new TestError(`${a}: unary operator expected`)
    case 3:
      if (BINARY.has(b)) return binary(ctx, a, b, c)
      if (a === '!') return !evaluate(ctx, args.slice(1))
      if (a === '(' && c === ')') return b !== ''
      break
    case 4:
      if (a === '!') return !evaluate(ctx, args.slice(1))
      if (a === '(' && args[3] === ')') return evaluate(ctx, args.slice(1, 3))
      break
  }
  return new Parser(ctx, args).run()
}

function makeTest(name: string, close: string | null): Applet {
  return {
    name,
    run(ctx, argv) {
      let args = argv.slice(1)
      if (close !== null) {
        if (args[args.length - 1] !== close) {
          ctx.io.stderr(`${name}: missing ${close}\n`)
          return 2
        }
        args = args.slice(0, -1)
      }
      try {
        return evaluate(ctx, args) ? 0 : 1
      } catch (e) {
        if (!(e instanceof TestError)) throw e
        ctx.io.stderr(`${name}: ${e.message}\n`)
        return 2
      }
    },
  }
}

export const test = makeTest('test', null)
export const bracket = makeTest('[', ']')
export const doubleBracket = makeTest('[[', ']]')
