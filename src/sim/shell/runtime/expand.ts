// Word expansion (POSIX 2.6): tilde, parameters, command substitution, arithmetic, then field
// splitting, pathname expansion and quote removal. Command substitution runs commands, which may
// take simulated time, so expansion is a generator too.

import type { List, Word, WordPart } from '../ast'
import type { Wait } from '../types'
import { ArithError, arith } from './arith'
import { Builder, Mode } from './fields'
import { glob } from './glob'
import { Capture, withFd, type Fds } from './io'
import { lookup, replace, strip, substring } from './params'
import { ShellFatal, type Shell } from './shell'

export type Gen<T> = Generator<Wait, T, boolean | undefined>

const DEFAULT_IFS = ' \t\n'
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

const ifsOf = (sh: Shell): string => sh.vars.get('IFS') ?? DEFAULT_IFS

/** Command arguments: every word expanded, split and globbed. */
export function* expandArgs(sh: Shell, words: readonly Word[], fds: Fds): Gen<string[]> {
  const out: string[] = []
  for (const w of words) {
    if (w.text !== null) {
      out.push(w.text)
      continue
    }
    const b = new Builder(Mode.Fields, ifsOf(sh))
    yield* parts(sh, w.parts, b, false, fds)
    b.finish()
    for (const f of b.fields) {
      if (f.pat !== null && !sh.opts.noglob) {
        const found = glob(sh.host.fs, sh.cwd, f.pat)
        if (found.length > 0) {
          out.push(...found)
          continue
        }
      }
      out.push(f.text)
    }
  }
  return out
}

/** One string, no splitting or globbing (assignments, redirection targets, here-docs, `case` words). */
export function* expandStr(sh: Shell, w: Word, fds: Fds): Gen<string> {
  if (w.text !== null) return w.text
  const b = new Builder(Mode.Str, '')
  yield* parts(sh, w.parts, b, false, fds)
  return b.cur
}

/** A pattern (`case`, `${x#pat}`): quoted characters match themselves. */
export function* expandPat(sh: Shell, w: Word, fds: Fds): Gen<string> {
  const b = new Builder(Mode.Pat, '')
  yield* parts(sh, w.parts, b, false, fds)
  return b.pat
}

const emit = (b: Builder, text: string, quoted: boolean): void => (quoted ? b.quoted(text) : b.expanded(text))

function* parts(sh: Shell, ps: readonly WordPart[], b: Builder, quoted: boolean, fds: Fds): Gen<void> {
  for (const p of ps) {
    switch (p.k) {
      case 'lit':
        if (quoted) b.quoted(p.v)
        else b.literal(p.v)
        break
      case 'q':
        b.quoted(p.v)
        break
      case 'dq': {
        const only = p.parts.length === 1 ? p.parts[0] : undefined
        // A lone "$@" with no parameters gives no field at all, not an empty one.
        if (!(only?.k === 'param' && only.name === '@' && only.op === '')) b.quoted('')
        yield* parts(sh, p.parts, b, true, fds)
        break
      }
      case 'param':
        yield* param(sh, p, b, quoted, fds)
        break
      case 'cmd':
        emit(b, yield* commandSubst(sh, p.body, fds), quoted)
        break
      case 'arith':
        emit(b, arithmetic(sh, yield* expandStr(sh, p.expr, fds), fds), quoted)
        break
      case 'tilde':
        if (p.user === '') b.quoted(sh.vars.get('HOME') ?? '~')
        else if (p.user === 'root') b.quoted('/root')
        else b.literal(`~${p.user}`)
        break
    }
  }
}

function* param(sh: Shell, p: Extract<WordPart, { k: 'param' }>, b: Builder, quoted: boolean, fds: Fds): Gen<void> {
  const { name, op } = p
  if ((name === '@' || name === '*') && op === '') {
    positional(sh, name, b, quoted)
    return
  }
  const value = lookup(sh, name)
  const colon = op.startsWith(':')
  const missing = value === undefined || (colon && value === '')
  switch (op) {
    case '':
      if (value === undefined && sh.opts.nounset) sh.fatal(fds, `${name}: parameter not set`)
      emit(b, value ?? '', quoted)
      return
    case 'len':
      if (value === undefined && sh.opts.nounset) sh.fatal(fds, `${name}: parameter not set`)
      emit(b, String(name === '@' || name === '*' ? sh.positional.length : (value ?? '').length), quoted)
      return
    case '-':
    case ':-':
      if (missing) yield* parts(sh, p.arg?.parts ?? [], b, quoted, fds)
      else emit(b, value, quoted)
      return
    case '+':
    case ':+':
      if (!missing) yield* parts(sh, p.arg?.parts ?? [], b, quoted, fds)
      return
    case '=':
    case ':=': {
      if (!missing) {
        emit(b, value, quoted)
        return
      }
      const v = p.arg ? yield* expandStr(sh, p.arg, fds) : ''
      if (!NAME.test(name)) sh.fatal(fds, `$${name}: can't assign in this way`)
      sh.setVar(fds, name, v)
      emit(b, v, quoted)
      return
    }
    case '?':
    case ':?': {
      if (!missing) {
        emit(b, value, quoted)
        return
      }
      const msg = p.arg ? yield* expandStr(sh, p.arg, fds) : ''
      sh.fatal(fds, `${name}: ${msg || `parameter not set${colon ? ' or null' : ''}`}`)
      return
    }
    case '%':
    case '%%':
    case '#':
    case '##': {
      const pat = p.arg ? yield* expandPat(sh, p.arg, fds) : ''
      emit(b, strip(value ?? '', pat, op), quoted)
      return
    }
    case 'substr': {
      const off = Number(arithmetic(sh, p.arg ? yield* expandStr(sh, p.arg, fds) : '0', fds))
      const len = p.arg2 ? Number(arithmetic(sh, yield* expandStr(sh, p.arg2, fds), fds)) : null
      emit(b, substring(value ?? '', off, len), quoted)
      return
    }
    case '/':
    case '//': {
      const pat = p.arg ? yield* expandPat(sh, p.arg, fds) : ''
      const rep = p.arg2 ? yield* expandStr(sh, p.arg2, fds) : ''
      emit(b, replace(value ?? '', pat, rep, op === '//'), quoted)
      return
    }
  }
}

/** `$@` and `$*`, quoted or not. */
function positional(sh: Shell, name: string, b: Builder, quoted: boolean): void {
  const args = sh.positional
  if (b.mode === Mode.Str || (quoted && name === '*')) {
    const ifs = sh.vars.get('IFS')
    const sep = b.mode === Mode.Str && name === '@' ? ' ' : ifs === undefined ? ' ' : ifs.charAt(0)
    emit(b, args.join(sep), quoted)
    return
  }
  args.forEach((a, i) => {
    if (i > 0) b.cut(quoted)
    emit(b, a, quoted)
  })
}

/** `$(…)`: runs the list in a subshell and takes its output without trailing newlines. */
export function* commandSubst(sh: Shell, body: List, fds: Fds): Gen<string> {
  const child = sh.child(fds)
  const cap = new Capture()
  let status: number
  try {
    yield* sh.root.ev.list(child, body, withFd(fds, 1, cap), false)
    status = child.status
  } catch (e) {
    if (!(e instanceof ShellFatal)) throw e
    status = e.status
  }
  sh.lastSubst = status
  const out = cap.text()
  let end = out.length
  while (end > 0 && out.charCodeAt(end - 1) === 10) end--
  return end === out.length ? out : out.slice(0, end)
}

/** Evaluates `$((…))` text; errors end the shell as ash's do. */
export function arithmetic(sh: Shell, text: string, fds: Fds): string {
  try {
    return arith(text, { get: (n) => lookup(sh, n), set: (n, v) => sh.setVar(fds, n, v) }).toString()
  } catch (e) {
    if (e instanceof ArithError) sh.fatal(fds, e.message)
    throw e
  }
}
