// Wires the evaluator's parts together behind the Evaluator interface (see shell.ts), so the
// modules that need each other at run time (expansion runs commands, commands run functions,
// builtins run scripts) do not import each other.

import { resolveCommand, runCommand } from './command'
import { evalCommand, evalList, evalScript } from './eval'
import type { Evaluator } from './shell'
import { shMain } from './shMain'

export const EVALUATOR: Evaluator = {
  list: evalList,
  command: evalCommand,
  script: evalScript,
  sh: (parent, argv, env, fds) =>
    shMain(parent.root, { argv, env, cwd: parent.cwd, fds, depth: parent.depth + parent.nest + 1, pid: ++parent.root.nextPid }),
  exec: (sh, argv, fds, useFuncs) => runCommand(sh, argv, [], fds, false, useFuncs),
  kind(sh, name) {
    const r = resolveCommand(sh, name, true)
    switch (r.k) {
      case 'builtin':
        return 'builtin'
      case 'func':
        return 'function'
      case 'applet':
      case 'sh':
      case 'script':
        return 'file'
      default:
        return null
    }
  },
}
