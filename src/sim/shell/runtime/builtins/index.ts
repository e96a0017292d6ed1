// The shell's builtins by name.
import { cd } from './cd'
import { colon } from './colon'
import { command, type } from './command'
import { evalBuiltin } from './eval'
import { exec } from './exec'
import { exit } from './exit'
import { exportBuiltin, readonlyBuiltin } from './export'
import { letBuiltin } from './let'
import { local } from './local'
import { breakBuiltin, continueBuiltin } from './loopControl'
import { pwd } from './pwd'
import { read } from './read'
import { returnBuiltin } from './return'
import { set } from './set'
import { shift } from './shift'
import { dot, source } from './source'
import { trap } from './trap'
import type { Builtin } from './types'
import { unset } from './unset'
import { wait } from './wait'

const ALL: readonly Builtin[] = [
  colon, dot, source, breakBuiltin, continueBuiltin, cd, command, evalBuiltin, exec, exit, exportBuiltin,
  readonlyBuiltin, letBuiltin, local, pwd, read, returnBuiltin, set, shift, trap, type, unset, wait,
]

export const BUILTINS: ReadonlyMap<string, Builtin> = new Map(ALL.map((b) => [b.name, b]))
