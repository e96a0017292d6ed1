// What `sh` does when started: read its options (`-c SCRIPT [NAME ARGS…]`, `-e`, `-x`, or a
// script file, or a script on stdin), set up a fresh shell from the environment it inherits, run
// the script line by line, run the EXIT trap, and return the exit status.

import { normalizePath } from '../../fs/path'
import type { Proc } from '../types'
import { parseCached } from '../syntax/cache'
import { writeFd, type Fds } from './io'
import { Funcs, MAX_DEPTH, Shell, ShellFatal, Skip, type Options, type Root } from './shell'
import { Vars } from './vars'

export interface ShStart {
  readonly argv: readonly string[]
  readonly env: ReadonlyMap<string, string>
  readonly cwd: string
  readonly fds: Fds
  readonly depth: number
  readonly pid: number
}

const OPTION_LETTERS: Record<string, keyof Options> = { e: 'errexit', x: 'xtrace', u: 'nounset', f: 'noglob' }

/** Reports a start-up error on the shell's stderr; the status to end with. */
function fail(o: ShStart, msg: string, status: number): number {
  writeFd(o.fds, 2, `${o.argv[0] ?? 'sh'}: ${msg}\n`)
  return status
}

export function* shMain(root: Root, o: ShStart): Proc {
  const argv0 = o.argv[0] ?? 'sh'
  if (o.depth > MAX_DEPTH) return fail(o, 'recursion too deep', 2)
  const opts: Options = { errexit: false, xtrace: false, nounset: false, noglob: false, pipefail: false }
  let cmdMode = false
  let i = 1
  for (; i < o.argv.length; i++) {
    const a = o.argv[i] as string
    if (a === '--' || a === '-') {
      i++
      break
    }
    if (a.length < 2 || !(a.startsWith('-') || a.startsWith('+'))) break
    for (const c of a.slice(1)) {
      const opt = OPTION_LETTERS[c]
      if (c === 'c') cmdMode = true
      else if (opt) opts[opt] = a.startsWith('-')
      else if (!'silm'.includes(c)) return fail(o, `-${c}: invalid option`, 2)
    }
  }
  let text: string
  let arg0: string
  let positional: readonly string[]
  if (cmdMode) {
    const script = o.argv[i]
    if (script === undefined) return fail(o, '-c requires an argument', 2)
    text = script
    arg0 = o.argv[i + 1] ?? argv0
    positional = o.argv.slice(i + 2)
  } else if (o.argv[i] !== undefined) {
    const file = o.argv[i] as string
    const got = root.host.fs.readFile(normalizePath(file, o.cwd))
    if (!got.ok) return fail(o, `can't open '${file}': No such file or directory`, 2)
    text = got.value
    arg0 = file
    positional = o.argv.slice(i + 1)
  } else {
    // No script: read one from stdin; a container started without stdin just exits.
    const input = o.fds[0]
    text = input?.kind === 'in' ? input.stream.takeRest() : ''
    arg0 = argv0
    positional = []
  }

  const vars = Vars.fromEnv(o.env)
  // ash exports PWD and increments SHLVL at startup (so `env` in `sh -c env` shows both).
  vars.set('PWD', o.cwd, true)
  vars.set('SHLVL', String((Number(o.env.get('SHLVL')) || 0) + 1), true)
  const sh = new Shell(root, vars, new Funcs(null), positional, arg0, o.cwd, opts, o.depth, o.pid)
  try {
    yield* root.ev.script(sh, parseCached(text), o.fds)
  } catch (e) {
    sh.status = e instanceof ShellFatal ? e.status : internalError(sh, o.fds, e)
  }
  try {
    return (yield* runExitTrap(sh, o.fds)) & 255
  } catch (e) {
    return internalError(sh, o.fds, e)
  }
}

/**
 * The last line of defence: whatever escapes the interpreter becomes a message and status 2 rather
 * than an exception in the simulation kernel. A JavaScript stack or string overflow is reported
 * the way a shell would feel it.
 */
function internalError(sh: Shell, fds: Fds, e: unknown): number {
  const msg = e instanceof Error ? e.message : String(e)
  const text = /call stack/i.test(msg) ? 'recursion too deep' : /string length|allocation/i.test(msg) ? 'out of memory' : `internal error: ${msg}`
  sh.error(fds, text)
  return 2
}

/** Runs the EXIT trap once; its own status counts only if it calls `exit`. */
function* runExitTrap(sh: Shell, fds: Fds): Proc {
  const action = sh.traps.get('EXIT')
  if (action === undefined) return sh.status
  sh.traps.delete('EXIT')
  const status = sh.status
  sh.skip = Skip.None
  try {
    yield* sh.root.ev.script(sh, parseCached(action), fds)
    // (The script may have run `exit`, which sets skip; TypeScript cannot see that through the call.)
    return (sh.skip as Skip) === Skip.Exit ? sh.status : status
  } catch (e) {
    if (!(e instanceof ShellFatal)) throw e
    return e.status
  }
}
