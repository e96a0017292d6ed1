// `:` does nothing and succeeds (its arguments are still expanded, which is its use: `: ${x:=1}`).
import type { Builtin } from './types'

export const colon: Builtin = { name: ':', special: true, run: () => 0 }
