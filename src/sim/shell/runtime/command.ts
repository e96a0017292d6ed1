// Simple commands: expand, redirect, assign, then find what the name means (ash's order: special
// builtin, function, builtin, then a program — here a busybox applet, a host command such as
// kubectl, or a script file) and run it.

import { normalizePath } from '../../fs/path'
import { BUSYBOX_APPLETS } from '../applets'
import type { Command, Simple } from '../ast'
import type { Applet, Proc, Wait } from '../types'
import { runApplet } from './appletRun'
import { BUILTINS } from './builtins'
import type { Builtin } from './builtins/types'
import { expandArgs, expandStr } from './expand'
import { writeFd, type Fds } from './io'
import { LazyEnv } from './lazyEnv'
import { applyRedirs, type Applied } from './redirect'
import { Skip, type Shell } from './shell'

/** Simple commands run without yielding before the shell yields a 1 ms pause (the never-hang guard). */
export const STEP_LIMIT = 1000
const PAUSE: Wait = { sleep: 1, work: STEP_LIMIT }
/** Directories where the busybox image links its applets. */
export const BIN_DIRS: ReadonlySet<string> = new Set(['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin'])

type Resolved =
  | { readonly k: 'builtin'; readonly b: Builtin }
  | { readonly k: 'func'; readonly body: Command }
  | { readonly k: 'applet'; readonly a: Applet }
  | { readonly k: 'sh' }
  | { readonly k: 'script'; readonly path: string }
  | { readonly k: 'dir' }
  | { readonly k: 'missing' }

function extra(sh: Shell, name: string): Applet | undefined {
  const x = sh.host.extraCommands
  return x && Object.hasOwn(x, name) ? x[name] : undefined
}

export function resolveCommand(sh: Shell, name: string, useFuncs: boolean): Resolved {
  if (!name.includes('/')) {
    const b = BUILTINS.get(name)
    if (b?.special) return { k: 'builtin', b }
    const f = useFuncs ? sh.funcs.get(name) : undefined
    if (f) return { k: 'func', body: f }
    if (b) return { k: 'builtin', b }
    if (name === 'sh' || name === 'ash') return { k: 'sh' }
    const a = BUSYBOX_APPLETS.get(name) ?? extra(sh, name)
    return a ? { k: 'applet', a } : { k: 'missing' }
  }
  // `/bin/sleep`, `/usr/bin/env`: the busybox image links every applet into the bin directories.
  const slash = name.lastIndexOf('/')
  const base = name.slice(slash + 1)
  if (BIN_DIRS.has(normalizePath(name.slice(0, slash) || '/', sh.cwd))) {
    if (base === 'sh' || base === 'ash') return { k: 'sh' }
    const a = BUSYBOX_APPLETS.get(base)
    if (a) return { k: 'applet', a }
  }
  const path = normalizePath(name, sh.cwd)
  const st = sh.host.fs.stat(path)
  if (st?.type === 'file') return { k: 'script', path }
  return st ? { k: 'dir' } : { k: 'missing' }
}

export function* evalSimple(sh: Shell, cmd: Simple, fds: Fds, tested: boolean): Proc {
  sh.root.commands++
  if (++sh.root.steps >= STEP_LIMIT) {
    sh.root.steps = 0
    yield PAUSE
  }
  sh.line = cmd.line
  sh.lastSubst = 0
  const argv = cmd.plain ?? (yield* expandArgs(sh, cmd.words, fds))
  let red: Applied | null = null
  if (cmd.redirs.length) {
    red = yield* applyRedirs(sh, cmd.redirs, fds)
    if (!red) return (sh.status = 1)
  }
  const rfds = red ? red.fds : fds
  let status: number
  try {
    const assigns: [string, string][] = []
    for (const a of cmd.assigns) assigns.push([a.name, a.value.text ?? (yield* expandStr(sh, a.value, rfds))])
    if (sh.opts.xtrace) trace(rfds, assigns, argv)
    if (argv.length === 0) {
      for (const [n, v] of assigns) sh.setVar(rfds, n, v)
      status = sh.lastSubst
    } else {
      status = yield* runCommand(sh, argv, assigns, rfds, tested, true)
      if (red && argv.length === 1 && argv[0] === 'exec' && sh.funcs.get('exec') === undefined) (sh.execRedirects ??= new Map()).set(fds, rfds)
    }
  } finally {
    red?.close()
  }
  sh.status = status
  return status
}

const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/
const traceQuote = (s: string) => (PLAIN.test(s) ? s : `'${s.replace(/'/g, `'"'"'`)}'`)

function trace(fds: Fds, assigns: readonly [string, string][], argv: readonly string[]): void {
  const words = [...assigns.map(([n, v]) => `${n}=${traceQuote(v)}`), ...argv.map(traceQuote)]
  writeFd(fds, 2, `+ ${words.join(' ')}\n`)
}

export function* runCommand(
  sh: Shell,
  argv: readonly string[],
  assigns: readonly [string, string][],
  fds: Fds,
  tested: boolean,
  useFuncs: boolean,
): Proc {
  const name = argv[0] as string
  const r = resolveCommand(sh, name, useFuncs)
  switch (r.k) {
    case 'builtin':
      if (r.b.special) {
        for (const [n, v] of assigns) sh.setVar(fds, n, v)
        return yield* runBuiltin(sh, r.b, argv, fds)
      }
      return yield* withTemporary(sh, assigns, fds, runBuiltin(sh, r.b, argv, fds))
    case 'func':
      return yield* withTemporary(sh, assigns, fds, callFunction(sh, r.body, argv, fds, tested))
    case 'sh':
      return yield* sh.root.ev.sh(sh, argv, envWith(sh, assigns), fds)
    case 'applet':
      return yield* runApplet(sh, r.a, argv, envWith(sh, assigns), fds)
    case 'script':
      return yield* sh.root.ev.sh(sh, ['sh', r.path, ...argv.slice(1)], envWith(sh, assigns), fds)
    case 'dir':
      sh.error(fds, `${name}: Permission denied`)
      return 126
    case 'missing':
      sh.error(fds, `${name}: not found`)
      return 127
  }
}

/** The environment of a command: exported variables plus `VAR=x` prefixes, built only if used. */
function envWith(sh: Shell, assigns: readonly [string, string][]): ReadonlyMap<string, string> {
  const vars = sh.vars
  return new LazyEnv(() => {
    const env = vars.exported()
    if (assigns.length === 0) return env
    const out = new Map(env)
    for (const [n, v] of assigns) out.set(n, v)
    return out
  })
}

/** `VAR=x cmd` for builtins and functions: the variable is set (exported) only while cmd runs. */
function* withTemporary(sh: Shell, assigns: readonly [string, string][], fds: Fds, body: Proc): Proc {
  if (assigns.length === 0) return yield* body
  const saved = assigns.map(([n]) => [n, sh.vars.entry(n)] as const)
  try {
    for (const [n, v] of assigns) sh.setVar(fds, n, v, true)
    return yield* body
  } finally {
    for (const [n, e] of saved) sh.vars.restore(n, e)
  }
}

function* runBuiltin(sh: Shell, b: Builtin, argv: readonly string[], fds: Fds): Proc {
  const r = b.run(sh, argv, fds)
  return typeof r === 'number' ? r : yield* r
}

function* callFunction(sh: Shell, body: Command, argv: readonly string[], fds: Fds, tested: boolean): Proc {
  sh.enter(fds)
  const saved = { positional: sh.positional, locals: sh.locals, loopDepth: sh.loopDepth }
  sh.positional = argv.slice(1)
  sh.locals = new Map()
  sh.loopDepth = 0
  sh.funcDepth++
  try {
    yield* sh.root.ev.command(sh, body, fds, tested)
    if (sh.skip === Skip.Return) sh.skip = Skip.None
    return sh.status
  } finally {
    for (const [n, e] of sh.locals) sh.vars.restore(n, e)
    sh.positional = saved.positional
    sh.locals = saved.locals
    sh.loopDepth = saved.loopDepth
    sh.funcDepth--
    sh.nest--
  }
}
