// Option parsing in the style of busybox getopt32: bundled flags (`-rf`), option values attached
// or separate (`-c5`, `-c 5`), `--` to stop, and (by default) options after operands too.

import type { ShellIO } from '../../types'

export interface Parsed {
  /** Flag letter → true, or the value of an option that takes one (the last one given). */
  readonly opts: Map<string, string | true>
  /** All values of options that take one, in order (`-e a -e b`). */
  readonly all: Map<string, string[]>
  readonly args: string[]
}

/**
 * `spec` lists the option letters; a letter followed by `:` takes a value. `stopAtOperand` stops
 * at the first operand (for commands that run other commands, like `env`).
 */
export function getopt(argv: readonly string[], spec: string, stopAtOperand = false): Parsed | { bad: string; missing: boolean } {
  const opts = new Map<string, string | true>()
  const all = new Map<string, string[]>()
  const args: string[] = []
  let i = 1
  for (; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--') {
      i++
      break
    }
    if (a.length < 2 || !a.startsWith('-')) {
      if (stopAtOperand) break
      args.push(a)
      continue
    }
    for (let j = 1; j < a.length; j++) {
      const c = a.charAt(j)
      const at = spec.indexOf(c)
      if (at < 0 || c === ':') return { bad: c, missing: false }
      if (spec.charAt(at + 1) === ':') {
        const value = j + 1 < a.length ? a.slice(j + 1) : argv[++i]
        if (value === undefined) return { bad: c, missing: true }
        opts.set(c, value)
        all.set(c, [...(all.get(c) ?? []), value])
        break
      }
      opts.set(c, true)
    }
  }
  for (; i < argv.length; i++) args.push(argv[i] as string)
  return { opts, all, args }
}

const BANNER = 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.'

/** busybox's bb_show_usage: the banner and a usage line on stderr, exit status 1. */
export function usage(io: ShellIO, usageLine: string): number {
  io.stderr(`${BANNER}\n\nUsage: ${usageLine}\n`)
  return 1
}

/** The getopt complaint (glibc wording, as in the glibc-based busybox image) followed by usage. */
export function badOption(io: ShellIO, name: string, bad: { bad: string; missing: boolean }, usageLine: string): number {
  io.stderr(bad.missing ? `${name}: option requires an argument -- '${bad.bad}'\n` : `${name}: invalid option -- '${bad.bad}'\n`)
  return usage(io, usageLine)
}
