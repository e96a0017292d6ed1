// What a kubectl command runs against: the simulated cluster at the current instant, the
// learner's workstation files (for `-f`), and the terminal's streams.
import type { Cluster } from '../sim/cluster'
import type { FileSystem } from '../sim/fs/types'
import type { Proc, ShellIO } from '../sim/shell/types'
import type { FlagSpec, FlagValues } from './flags'

export interface KubectlContext {
  cluster: Cluster
  fs: FileSystem
  cwd: string
  io: ShellIO
}

export interface VerbArgs {
  flags: FlagValues
  positional: string[]
  /** Words after `--`, or null when there was no `--`. */
  afterDash: string[] | null
  namespace: string
}

/** One kubectl verb, one file (`verbs/get.ts` …): its flags and what it does. */
export interface Verb {
  name: string
  flags: FlagSpec[]
  run(ctx: KubectlContext, args: VerbArgs): number | Proc
}

export const out = (ctx: KubectlContext, text: string) => ctx.io.stdout(text.endsWith('\n') || text === '' ? text : `${text}\n`)
export const err = (ctx: KubectlContext, text: string) => ctx.io.stderr(text.endsWith('\n') || text === '' ? text : `${text}\n`)

/** Prints an error and returns kubectl's exit status for it. */
export function fail(ctx: KubectlContext, text: string): number {
  err(ctx, text)
  return 1
}
