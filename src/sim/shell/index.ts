// The busybox shell that runs inside every simulated container (DESIGN §3): a real parser and
// interpreter for the ash subset, the busybox applets, and how processes are started.
//
// For the kernel and the kubelet:
// - A Proc is a generator. Call next() to run it until it waits; it yields `{sleep: ms}` (resume
//   with next() after that much simulated time; `Infinity` means "until killed") or
//   `{until, timeout}` (resume with next(true) once until() holds, or next(false) after timeout).
//   It returns the exit status (0–255). It never throws: errors are messages on stderr and a status.
// - To kill a process, stop resuming it (or call return() on it). busybox ignores SIGTERM as
//   PID 1 and traps are never delivered, so there is nothing to run on the way out.
// - A busy script yields `{sleep: 1}` after every 1000 commands without a wait, so simulated
//   time advances and the kernel's horizon/event guards can stop `while true; do :; done`.
// - The `env` Map given to runShell/execArgv is read, not copied: do not change it while the
//   process runs.
// - Name lookups read /etc/hosts and /etc/resolv.conf from `host.fs` (the kubelet writes them),
//   then ask `host.dns`.

import type { Script } from './ast'
import { parseCached } from './syntax/cache'

export type { Script } from './ast'
export type { Applet, AppletContext, DnsView, Proc, ShellClock, ShellHost, ShellIO, Wait } from './types'
export { runShell, execArgv, type StartOptions } from './start'
export { BUSYBOX_APPLETS } from './applets'

/** Parses script text (cached by text); the error is worded as ash's, e.g. `syntax error: unexpected "fi"`. */
export function parseScript(text: string): { ok: true; script: Script } | { ok: false; error: string } {
  const script = parseCached(text)
  return script.error === null ? { ok: true, script } : { ok: false, error: script.error }
}
