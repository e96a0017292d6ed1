// How a shell or an applet is started from outside: a container's PID 1 or `kubectl exec` from an
// argv (Kubernetes `command` + `args`, already `$(VAR)`-expanded by the kubelet), or a script text.

import { normalizePath } from '../fs/path'
import { BUSYBOX_APPLETS } from './applets'
import { BIN_DIRS } from './runtime/command'
import { EVALUATOR } from './runtime/evaluator'
import { inFd, outFd, type Fds } from './runtime/io'
import type { Root } from './runtime/shell'
import { shMain } from './runtime/shMain'
import type { Applet, AppletContext, Proc, ShellHost, ShellIO } from './types'

export interface StartOptions {
  env: Map<string, string>
  cwd: string
  io: ShellIO
  /** `$$` of the shell (1 for a container's main process, the default). */
  pid?: number
}

const rootFor = (host: ShellHost, pid: number): Root => ({ host, ev: EVALUATOR, steps: 0, commands: 0, nextPid: pid })

function fdsFor(io: ShellIO): Fds {
  const input = io.stdin
  return [input === undefined ? undefined : inFd(input), outFd((t) => io.stdout(t)), outFd((t) => io.stderr(t))]
}

/** Runs script text as `sh -c SCRIPT sh ARGS…` would. */
export function runShell(host: ShellHost, o: StartOptions & { script: string; positional?: string[] }): Proc {
  const pid = o.pid ?? 1
  const argv = ['sh', '-c', o.script, 'sh', ...(o.positional ?? [])]
  return shMain(rootFor(host, pid), { argv, env: o.env, cwd: o.cwd, fds: fdsFor(o.io), depth: 0, pid })
}

function* appletProc(host: ShellHost, applet: Applet, argv: readonly string[], o: StartOptions): Proc {
  const ctx: AppletContext = {
    host,
    io: o.io,
    env: o.env,
    cwd: o.cwd,
    sh: (script, io) => runShell(host, { script, env: o.env, cwd: o.cwd, io }),
  }
  try {
    const r = applet.run(ctx, argv)
    return typeof r === 'number' ? r & 255 : (yield* r) & 255
  } catch (e) {
    o.io.stderr(`${applet.name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    return 1
  }
}

/**
 * Starts a process from an argv, as containerd would: `sh`/`/bin/sh`/`ash` runs the shell (with
 * `-c SCRIPT [NAME ARGS…]`, a script file, or stdin), an applet name or `/bin/<applet>` runs the
 * applet, anything else fails with containerd's message.
 */
export function execArgv(
  host: ShellHost,
  argv: readonly string[],
  o: StartOptions,
): { ok: true; proc: Proc } | { ok: false; message: string } {
  const name = argv[0] ?? ''
  const slash = name.lastIndexOf('/')
  const base = name.slice(slash + 1)
  const inBin = slash < 0 || BIN_DIRS.has(normalizePath(name.slice(0, slash) || '/'))
  if (name !== '' && inBin && (base === 'sh' || base === 'ash')) {
    const pid = o.pid ?? 1
    return { ok: true, proc: shMain(rootFor(host, pid), { argv, env: o.env, cwd: o.cwd, fds: fdsFor(o.io), depth: 0, pid }) }
  }
  const extra = host.extraCommands
  const applet = !inBin ? undefined : (BUSYBOX_APPLETS.get(base) ?? (slash < 0 && extra && Object.hasOwn(extra, name) ? extra[name] : undefined))
  if (name !== '' && applet) return { ok: true, proc: appletProc(host, applet, argv, o) }
  if (slash < 0) return { ok: false, message: `exec: "${name}": executable file not found in $PATH` }
  const path = normalizePath(name, o.cwd)
  const st = host.fs.stat(path)
  if (!st) return { ok: false, message: `exec: "${name}": stat ${name}: no such file or directory` }
  if (st.type === 'dir') return { ok: false, message: `exec: "${name}": permission denied` }
  // A script without `#!` cannot be exec'd directly; the kernel refuses it.
  const text = host.fs.readFile(path)
  if (text.ok && text.value.startsWith('#!')) {
    const interp = text.value.slice(2, text.value.indexOf('\n') >>> 0).trim().split(/\s+/)
    const shell = interp[0] ?? ''
    if (/(^|\/)(ba)?sh$/.test(shell) || /(^|\/)ash$/.test(shell)) return execArgv(host, ['sh', ...interp.slice(1), ...argv], o)
  }
  return { ok: false, message: `exec: "${name}": exec format error` }
}
