// Evaluation of lists, and-or lists, pipelines and compound commands (ash's evaltree).
//
// Two simplifications, both because the simulation runs one process at a time and a process only
// gives up control when it waits:
// - `cmd &` runs cmd to completion in a subshell, in the foreground, then sets `$!`;
// - `a | b` runs a to completion first and feeds its whole output to b as stdin. Each element
//   runs in a subshell, as in ash. `sleep 5 | cat` therefore takes 5 s; `yes | head` style
//   pipelines that rely on the reader closing the pipe are not supported.
// `tested` marks commands whose failure must not trigger `set -e` (conditions, `!`, all but the
// last part of `&&`/`||`).

import type { AndOr, Command, List, Pipeline, Script } from '../ast'
import type { Proc, Wait } from '../types'
import { evalSimple, STEP_LIMIT } from './command'
import { expandArgs, expandPat, expandStr } from './expand'
import { Capture, inFd, withFd, type Fds } from './io'
import { matchPattern } from './pattern'
import { applyRedirs } from './redirect'
import { ShellFatal, Skip, type Shell } from './shell'

const PAUSE: Wait = { sleep: 1, work: STEP_LIMIT }

export function* evalList(sh: Shell, list: List, fds: Fds, tested: boolean): Proc {
  for (const item of list.items) {
    fds = execRedirected(sh, fds)
    if (item.bg) {
      const child = sh.child(fds)
      sh.bgStatus = yield* inSubshell(child, evalAndOr(child, item.ao, fds, false))
      sh.bgPid = ++sh.root.nextPid
      sh.status = 0
    } else if (item.ao.tail.length === 0 && item.ao.head.cmds.length === 1 && !item.ao.head.bang) {
      // The common case, a lone command: skip the and-or and pipeline layers.
      finish(sh, yield* evalCommand(sh, item.ao.head.cmds[0] as Command, fds, tested), tested, false)
    } else {
      yield* evalAndOr(sh, item.ao, fds, tested)
    }
    if (sh.skip !== Skip.None) break
  }
  return sh.status
}

function* evalAndOr(sh: Shell, ao: AndOr, fds: Fds, tested: boolean): Proc {
  const n = ao.tail.length
  let status = yield* evalPipeline(sh, ao.head, fds, tested || n > 0)
  for (let i = 0; i < n && sh.skip === Skip.None; i++) {
    const { op, p } = ao.tail[i] as AndOr['tail'][number]
    if ((op === '&&') === (status === 0)) status = yield* evalPipeline(sh, p, fds, tested || i < n - 1)
  }
  return status
}

/** Runs a subshell body; a fatal error or `exit` ends only the subshell. */
function* inSubshell(child: Shell, body: Proc): Proc {
  try {
    yield* body
    return child.status
  } catch (e) {
    if (e instanceof ShellFatal) return e.status
    throw e
  }
}

function* evalPipeline(sh: Shell, p: Pipeline, fds: Fds, tested: boolean): Proc {
  let status: number
  if (p.cmds.length === 1) {
    status = yield* evalCommand(sh, p.cmds[0] as Command, fds, tested || p.bang)
  } else {
    let input = fds[0]
    let failed = 0
    status = 0
    for (let i = 0; i < p.cmds.length; i++) {
      const last = i === p.cmds.length - 1
      const cap = last ? null : new Capture()
      let cfds = withFd(fds, 0, input)
      if (cap) cfds = withFd(cfds, 1, cap)
      const child = sh.child(fds)
      status = yield* inSubshell(child, evalCommand(child, p.cmds[i] as Command, cfds, false))
      if (status !== 0) failed = status
      input = cap ? inFd(cap.text()) : undefined
    }
    if (sh.opts.pipefail && status === 0) status = failed
  }
  if (p.bang) status = status === 0 ? 1 : 0
  return finish(sh, status, tested, p.bang)
}

/** Records a pipeline's status and applies `set -e`. */
function finish(sh: Shell, status: number, tested: boolean, bang: boolean): number {
  if (sh.skip !== Skip.Exit) sh.status = status
  if (!tested && !bang && status !== 0 && sh.opts.errexit && sh.skip === Skip.None) sh.skip = Skip.Exit
  return sh.status
}

/** Handles break/continue at the end of a loop turn: true to leave the loop. */
function leaveLoop(sh: Shell): boolean {
  if (sh.skip === Skip.Break) {
    if (--sh.skipCount <= 0) sh.skip = Skip.None
    return true
  }
  if (sh.skip === Skip.Continue) {
    if (--sh.skipCount <= 0) {
      sh.skip = Skip.None
      return false
    }
    return true
  }
  return sh.skip !== Skip.None
}

export function* evalCommand(sh: Shell, cmd: Command, fds: Fds, tested: boolean): Proc {
  if (cmd.k === 'simple') return yield* evalSimple(sh, cmd, fds, tested)
  if (cmd.k === 'func') {
    sh.funcs.set(cmd.name, cmd.body)
    return (sh.status = 0)
  }
  const red = cmd.redirs.length ? yield* applyRedirs(sh, cmd.redirs, fds) : null
  if (cmd.redirs.length && !red) return (sh.status = 1)
  const cfds = red ? red.fds : fds
  try {
    return yield* compound(sh, cmd, cfds, tested)
  } finally {
    red?.close()
  }
}

function* compound(sh: Shell, cmd: Exclude<Command, { k: 'simple' | 'func' }>, fds: Fds, tested: boolean): Proc {
  switch (cmd.k) {
    case 'group':
      return yield* evalList(sh, cmd.body, fds, tested)
    case 'subshell': {
      const child = sh.child(fds)
      return (sh.status = yield* inSubshell(child, evalList(child, cmd.body, fds, tested)))
    }
    case 'if': {
      for (const c of cmd.clauses) {
        const cond = yield* evalList(sh, c.cond, fds, true)
        if (sh.skip !== Skip.None) return sh.status
        if (cond === 0) return yield* evalList(sh, c.body, fds, tested)
      }
      if (cmd.otherwise) return yield* evalList(sh, cmd.otherwise, fds, tested)
      return (sh.status = 0)
    }
    case 'loop': {
      let status = 0
      let lastCount = -1
      sh.loopDepth++
      try {
        for (;;) {
          // A turn that ran no simple command (`while case x in esac; do …`) still counts toward the guard.
          if (sh.root.commands === lastCount && ++sh.root.steps >= STEP_LIMIT) {
            sh.root.steps = 0
            yield PAUSE
          }
          lastCount = sh.root.commands
          const cond = yield* evalList(sh, cmd.cond, fds, true)
          if (sh.skip !== Skip.None) {
            if (leaveLoop(sh)) break
            continue
          }
          if ((cond === 0) === cmd.until) break
          status = yield* evalList(sh, cmd.body, fds, tested)
          if (sh.skip !== Skip.None && leaveLoop(sh)) break
        }
      } finally {
        sh.loopDepth--
      }
      return sh.skip === Skip.None ? (sh.status = status) : sh.status
    }
    case 'for': {
      const items = cmd.items === null ? sh.positional : yield* expandArgs(sh, cmd.items, fds)
      let status = 0
      sh.loopDepth++
      try {
        let lastCount = -1
        for (const item of items) {
          if (sh.root.commands === lastCount && ++sh.root.steps >= STEP_LIMIT) {
            sh.root.steps = 0
            yield PAUSE
          }
          lastCount = sh.root.commands
          sh.setVar(fds, cmd.name, item)
          status = yield* evalList(sh, cmd.body, fds, tested)
          if (sh.skip !== Skip.None && leaveLoop(sh)) break
        }
      } finally {
        sh.loopDepth--
      }
      return sh.skip === Skip.None ? (sh.status = status) : sh.status
    }
    case 'case': {
      const word = yield* expandStr(sh, cmd.word, fds)
      for (const item of cmd.items) {
        for (const p of item.patterns) {
          if (matchPattern(yield* expandPat(sh, p, fds), word)) {
            if (item.body.items.length === 0) return (sh.status = 0)
            return yield* evalList(sh, item.body, fds, tested)
          }
        }
      }
      return (sh.status = 0)
    }
  }
}

/**
 * `exec >file 2>&1` (exec with only redirections) makes them the shell's from then on: the lists
 * running with the descriptors that exec started from switch to the redirected ones.
 */
function execRedirected(sh: Shell, fds: Fds): Fds {
  const map = sh.execRedirects
  if (map === null) return fds
  for (let next = map.get(fds); next !== undefined; next = map.get(fds)) fds = next
  return fds
}

/** Runs parsed lines in this shell (`eval`, `.`, nested `sh`); a syntax error is fatal. */
export function* evalScript(sh: Shell, script: Script, fds: Fds): Proc {
  for (const line of script.lines) {
    fds = execRedirected(sh, fds)
    yield* evalList(sh, line, fds, false)
    if (sh.skip !== Skip.None) return sh.status
  }
  if (script.error !== null) sh.fatal(fds, script.error)
  return sh.status
}
