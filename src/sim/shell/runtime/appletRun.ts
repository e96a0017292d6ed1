// Running an applet from the shell: the streams and context it sees, and the loop that passes its
// waits up (resetting the never-hang guard) and turns an applet's own failure into a status.
// Classes, not object literals: a literal with a getter is slow to create, and this runs for
// every command of every pod. Their callbacks are assigned in the constructor, not written as
// arrow-function fields: tsx (esbuild keepNames) names each named arrow with
// Object.defineProperty whenever one is made, several times the closure's own cost.

import { parseCached } from '../syntax/cache'
import type { Applet, AppletContext, Proc, ShellIO } from '../types'
import { inFd, outFd, writeFd, type Fds } from './io'
import { ShellFatal, type Shell } from './shell'

/** The streams an applet sees: the shell's descriptors 1, 2 and 0. */
class FdIO implements ShellIO {
  // Arrow functions, so an applet may pass `io.stdout` around as a callback.
  readonly stdout: (t: string) => void
  readonly stderr: (t: string) => void

  constructor(private readonly fds: Fds) {
    this.stdout = (t) => writeFd(fds, 1, t)
    this.stderr = (t) => writeFd(fds, 2, t)
  }

  /** Reading stdin consumes it, so `while read l; do echo "$l"; done < f` still walks f line by line. */
  get stdin(): string | undefined {
    const f = this.fds[0]
    return f?.kind === 'in' ? f.stream.takeRest() : undefined
  }
}

class Ctx implements AppletContext {
  readonly sh: (script: string, io: ShellIO) => Proc

  constructor(
    private readonly shell: Shell,
    readonly io: ShellIO,
    readonly env: ReadonlyMap<string, string>,
    readonly cwd: string,
  ) {
    this.sh = (script, io) => childScript(shell, script, io)
  }

  get host() {
    return this.shell.host
  }
}

/** Runs an applet with the shell's descriptors; a process is driven here so its yields reset the guard. */
export function* runApplet(sh: Shell, applet: Applet, argv: readonly string[], env: ReadonlyMap<string, string>, fds: Fds): Proc {
  try {
    const r = applet.run(new Ctx(sh, new FdIO(fds), env, sh.cwd), argv)
    if (typeof r === 'number') return r & 255
    let step = r.next()
    while (!step.done) {
      sh.root.steps = 0
      const resumed: boolean | undefined = yield step.value
      step = r.next(resumed)
    }
    return step.value & 255
  } catch (e) {
    if (e instanceof ShellFatal) throw e
    // An applet bug must not escape the interpreter: report it as the command failing.
    writeFd(fds, 2, `${applet.name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    return 1
  }
}

/** A command line run by an applet (kubectl's own `$(…)`, watch): a subshell with the given streams. */
function* childScript(sh: Shell, script: string, io: ShellIO): Proc {
  const input = io.stdin
  const fds: Fds = [input === undefined ? undefined : inFd(input), outFd((t) => io.stdout(t)), outFd((t) => io.stderr(t))]
  try {
    const child = sh.child(fds)
    yield* sh.root.ev.script(child, parseCached(script), fds)
    return child.status
  } catch (e) {
    if (e instanceof ShellFatal) return e.status
    throw e
  }
}
