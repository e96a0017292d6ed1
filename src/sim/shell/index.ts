// The busybox shell that runs inside every simulated container (DESIGN §3): a real parser and
// interpreter for the ash subset, the busybox applets, and how processes are started.

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
