// Builtins live in the interpreter because they change the shell itself (cd, export, set, read…).
// Commands that do not (echo, test, sleep…) are applets instead.

import type { Proc } from '../../types'
import type { Fds } from '../io'
import { ShellFatal, type Shell } from '../shell'

export interface Builtin {
  readonly name: string
  /** A POSIX special builtin: its errors end a non-interactive shell and assignments before it persist. */
  readonly special: boolean
  run(sh: Shell, argv: readonly string[], fds: Fds): number | Proc
}

/** A special builtin's error: message, then the shell exits with status 2 (ash EXERROR). */
export function specialError(sh: Shell, fds: Fds, name: string, msg: string): never {
  sh.builtinError(fds, name, msg)
  throw new ShellFatal(2)
}

/** ash's number(): a non-negative decimal, or an `Illegal number` error. */
export function parseNumber(sh: Shell, fds: Fds, name: string, s: string): number {
  if (!/^[0-9]+$/.test(s)) specialError(sh, fds, name, `Illegal number: ${s}`)
  return Number(s)
}
