// The state of one shell process: variables, functions, positional parameters, options, the
// working directory, `$?`, and the "skip" flags that carry break/continue/return/exit out of
// nested evaluation (ash's evalskip), which is cheaper than exceptions on every loop turn.

import type { Command, List, Script } from '../ast'
import type { Proc, ShellHost } from '../types'
import { writeFd, type Fds } from './io'
import type { Vars, VarEntry } from './vars'

export const enum Skip {
  None,
  Break,
  Continue,
  Return,
  Exit,
}

/** The evaluator's entry points, reached through the shell so modules need not import each other in a cycle. */
export interface Evaluator {
  list(sh: Shell, list: List, fds: Fds, tested: boolean): Proc
  command(sh: Shell, cmd: Command, fds: Fds, tested: boolean): Proc
  /** Runs parsed lines in `sh` (eval, `.`); a syntax error is fatal, as in ash. */
  script(sh: Shell, script: Script, fds: Fds): Proc
  /** Starts a new `sh` process (argv like `sh -c SCRIPT NAME ARGS`). */
  sh(parent: Shell, argv: readonly string[], env: ReadonlyMap<string, string>, fds: Fds): Proc
  /** Runs a command from an argv as a simple command would (`exec`, `command` without functions). */
  exec(sh: Shell, argv: readonly string[], fds: Fds, useFuncs: boolean): Proc
  /** What a command name would run, for `command -v` and `type`. */
  kind(sh: Shell, name: string): 'builtin' | 'function' | 'file' | null
}

/** Shared by a shell, its subshells and the shells it starts. */
export interface Root {
  readonly host: ShellHost
  readonly ev: Evaluator
  /** Simple commands (and loop turns that ran none) since the last yield: the "never hang" guard. */
  steps: number
  /** Simple commands run so far (never reset), to tell whether a loop turn ran any. */
  commands: number
  /** Process ids handed out for `$$` of new shells and `$!`. */
  nextPid: number
}

/** A shell error that ends the (sub)shell, as ash's EXERROR does in a non-interactive shell. */
export class ShellFatal extends Error {
  constructor(readonly status: number) {
    super(`shell exited with ${status}`)
  }
}

/** Nested functions, subshells, `eval`s and shells deeper than this end with `sh: recursion too deep`. */
export const MAX_DEPTH = 120

/** Longest string a variable may hold; a doubling loop gets `sh: out of memory` instead of exhausting the page. */
export const MAX_VALUE = 8_000_000

export interface Options {
  errexit: boolean
  xtrace: boolean
  nounset: boolean
  noglob: boolean
  pipefail: boolean
}

export class Funcs {
  private readonly own = new Map<string, Command | null>()
  constructor(private readonly parent: Funcs | null) {}

  get(name: string): Command | undefined {
    const c = this.own.get(name)
    // null is an `unset -f` in this subshell, hiding the parent's definition.
    if (c !== undefined) return c ?? undefined
    return this.parent?.get(name)
  }

  set(name: string, body: Command | null): void {
    this.own.set(name, body)
  }
}

export class Shell {
  status = 0
  skip = Skip.None
  skipCount = 0
  /** Status of the last command substitution (the status of a command that has no command name). */
  lastSubst = 0
  /** Line of the command being run, for builtin error messages. */
  line = 0
  loopDepth = 0
  funcDepth = 0
  /** Function calls, `eval`s and `.` files running inside each other (recursion guard). */
  nest = 0
  bgPid: number | null = null
  bgStatus = 0
  /** Saved values of `local` variables in the running function. */
  locals: Map<string, VarEntry | undefined> | null = null
  traps = new Map<string, string>()
  /** Set by `exec` with only redirections: descriptor sets to use from now on instead of others. */
  execRedirects: Map<Fds, Fds> | null = null

  constructor(
    readonly root: Root,
    public vars: Vars,
    public funcs: Funcs,
    public positional: readonly string[],
    public arg0: string,
    public cwd: string,
    public opts: Options,
    readonly depth: number,
    readonly pid: number,
  ) {}

  get host(): ShellHost {
    return this.root.host
  }

  /** A subshell: same values, its own changes. */
  child(fds: Fds): Shell {
    if (this.depth + this.nest + 1 > MAX_DEPTH) this.fatal(fds, 'recursion too deep')
    const c = new Shell(this.root, this.vars.overlay(), new Funcs(this.funcs), this.positional, this.arg0, this.cwd, { ...this.opts }, this.depth + this.nest + 1, this.pid)
    c.status = this.status
    c.bgPid = this.bgPid
    return c
  }

  /** Counts one more level of function call, `eval` or `.`; deep recursion is an error, not a stack overflow. */
  enter(fds: Fds): void {
    if (this.depth + this.nest + 1 > MAX_DEPTH) this.fatal(fds, 'recursion too deep')
    this.nest++
  }

  /** `sh: message` on the shell's stderr. */
  error(fds: Fds, msg: string): void {
    writeFd(fds, 2, `${this.arg0}: ${msg}\n`)
  }

  /** Prints the message and ends this (sub)shell with `status`. */
  fatal(fds: Fds, msg: string, status = 2): never {
    this.error(fds, msg)
    throw new ShellFatal(status)
  }

  /** A builtin's error: ash names the builtin and the line (`sh: cd: line 1: can't cd to x: …`). */
  builtinError(fds: Fds, name: string, msg: string): void {
    const who = name === this.arg0 ? '' : `${name}: `
    writeFd(fds, 2, `${this.arg0}: ${who}line ${this.line}: ${msg}\n`)
  }

  /** Assigns a variable; a read-only variable or a runaway value is a fatal error. */
  setVar(fds: Fds, name: string, value: string, exported?: boolean): void {
    if (value.length > MAX_VALUE) this.fatal(fds, 'out of memory')
    if (!this.vars.set(name, value, exported)) this.fatal(fds, `${name}: is read only`)
  }

  optionFlags(): string {
    const o = this.opts
    return `${o.errexit ? 'e' : ''}${o.noglob ? 'f' : ''}${o.nounset ? 'u' : ''}${o.xtrace ? 'x' : ''}`
  }
}
