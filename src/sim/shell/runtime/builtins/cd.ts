// `cd [DIR|-]`: changes the working directory and PWD/OLDPWD. Errors are worded as ash's
// (`sh: cd: line 1: can't cd to /nope: No such file or directory`) and give status 2.
import { normalizePath } from '../../../fs/path'
import { writeFd } from '../io'
import type { Builtin } from './types'

export const cd: Builtin = {
  name: 'cd',
  special: false,
  run(sh, argv, fds) {
    const args = argv.slice(1).filter((a) => a !== '-L' && a !== '-P')
    let dest = args[0] ?? sh.vars.get('HOME') ?? '/'
    const back = dest === '-'
    if (back) dest = sh.vars.get('OLDPWD') ?? sh.cwd
    const path = normalizePath(dest, sh.cwd)
    const st = sh.host.fs.stat(path)
    if (!st || st.type !== 'dir') {
      sh.builtinError(fds, 'cd', `can't cd to ${dest}: ${st ? 'Not a directory' : 'No such file or directory'}`)
      return 2
    }
    sh.setVar(fds, 'OLDPWD', sh.cwd)
    sh.cwd = path
    sh.setVar(fds, 'PWD', path)
    if (back) writeFd(fds, 1, `${path}\n`)
    return 0
  },
}
