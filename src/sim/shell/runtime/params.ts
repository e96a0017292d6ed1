// Parameter values: special parameters (`$? $# $$ $! $- $0…$9 $@ $*`), the dynamic `$RANDOM` and
// `$LINENO`, then shell variables. Also the string operations of `${x#pat}`, `${x:off:len}` and
// `${x/pat/rep}`.

import { matchPattern } from './pattern'
import type { Shell } from './shell'

/** The value of a parameter, or undefined when it is unset. */
export function lookup(sh: Shell, name: string): string | undefined {
  const c = name.charCodeAt(0)
  if (c >= 48 && c <= 57) return name === '0' ? sh.arg0 : sh.positional[Number(name) - 1]
  switch (name) {
    case '?':
      return String(sh.status)
    case '#':
      return String(sh.positional.length)
    case '$':
      return String(sh.pid)
    case '!':
      return sh.bgPid === null ? undefined : String(sh.bgPid)
    case '-':
      return sh.optionFlags()
    case '@':
    case '*':
      return sh.positional.length ? sh.positional.join(' ') : undefined
    case 'RANDOM':
      return String(Math.floor(sh.host.random() * 32768))
    case 'LINENO':
      return String(sh.line)
  }
  return sh.vars.get(name)
}

/** `${v#p}` `${v##p}` `${v%p}` `${v%%p}`. */
export function strip(value: string, pat: string, op: '#' | '##' | '%' | '%%'): string {
  const n = value.length
  switch (op) {
    case '#':
      for (let i = 0; i <= n; i++) if (matchPattern(pat, value.slice(0, i))) return value.slice(i)
      return value
    case '##':
      for (let i = n; i >= 0; i--) if (matchPattern(pat, value.slice(0, i))) return value.slice(i)
      return value
    case '%':
      for (let i = n; i >= 0; i--) if (matchPattern(pat, value.slice(i))) return value.slice(0, i)
      return value
    case '%%':
      for (let i = 0; i <= n; i++) if (matchPattern(pat, value.slice(i))) return value.slice(0, i)
      return value
  }
}

/** `${v:off:len}` (bash semantics, which busybox ash follows): negative offsets count from the end. */
export function substring(value: string, off: number, len: number | null): string {
  const n = value.length
  let start = off < 0 ? Math.max(0, n + off) : Math.min(off, n)
  if (!Number.isFinite(start)) start = 0
  if (len === null) return value.slice(start)
  const end = len < 0 ? n + len : start + len
  return end <= start ? '' : value.slice(start, end)
}

/** `${v/pat/rep}` and `${v//pat/rep}`: the longest match at the leftmost position. */
export function replace(value: string, pat: string, rep: string, all: boolean): string {
  if (pat === '') return value
  let out = ''
  let i = 0
  while (i <= value.length) {
    let hit = -1
    for (let j = value.length; j > i; j--) {
      if (matchPattern(pat, value.slice(i, j))) {
        hit = j
        break
      }
    }
    if (hit < 0) {
      if (i < value.length) out += value.charAt(i)
      i++
      continue
    }
    out += rep
    i = hit
    if (!all) return out + value.slice(i)
  }
  return out
}
