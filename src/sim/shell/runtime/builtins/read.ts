// `read [-r] [-p PROMPT] [-n N] [-u FD] [-t SEC] [-s] [NAME...]`: one line of standard input, split
// on IFS into the names (the last takes the rest). At end of input it returns 1; a container has
// no terminal, so without a redirection or pipe that is at once.
import { writeFd, type InStream } from '../io'
import type { Builtin } from './types'

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Splits a line for `read` (POSIX 2.6.5 with the last variable taking the remainder). */
export function splitForRead(line: string, ifs: string, n: number): string[] {
  const isIfs = (c: string) => ifs.includes(c)
  const isWs = (c: string) => isIfs(c) && (c === ' ' || c === '\t' || c === '\n')
  let i = 0
  while (i < line.length && isWs(line.charAt(i))) i++
  const out: string[] = []
  while (out.length < n - 1 && i < line.length) {
    let j = i
    while (j < line.length && !isIfs(line.charAt(j))) j++
    out.push(line.slice(i, j))
    i = j
    while (i < line.length && isWs(line.charAt(i))) i++
    if (i < line.length && isIfs(line.charAt(i)) && !isWs(line.charAt(i))) {
      i++
      while (i < line.length && isWs(line.charAt(i))) i++
    }
  }
  let end = line.length
  while (end > i && isWs(line.charAt(end - 1))) end--
  if (out.length < n) out.push(line.slice(i, end))
  while (out.length < n) out.push('')
  return out
}

/** Reads one logical line: without -r a backslash escapes the next character and joins lines. */
function readLine(stream: InStream, raw: boolean, max: number): { line: string; eol: boolean } | null {
  if (max >= 0) {
    if (stream.pos >= stream.text.length) return null
    const rest = stream.text.slice(stream.pos, stream.pos + max)
    const nl = rest.indexOf('\n')
    const take = nl < 0 ? rest : rest.slice(0, nl)
    stream.pos += take.length + (nl < 0 ? 0 : 1)
    return { line: take, eol: true }
  }
  let line = ''
  for (;;) {
    const got = stream.readLine()
    if (!got) return line === '' ? null : { line, eol: false }
    if (!raw && /(^|[^\\])(\\\\)*\\$/.test(got.line) && got.eol) {
      line += got.line.slice(0, -1)
      continue
    }
    line += got.line
    return { line: raw ? line : line.replace(/\\(.)/g, '$1'), eol: got.eol }
  }
}

export const read: Builtin = {
  name: 'read',
  special: false,
  run(sh, argv, fds) {
    let raw = false
    let max = -1
    let fd = 0
    let i = 1
    for (; i < argv.length; i++) {
      const a = argv[i] as string
      if (a === '--') {
        i++
        break
      }
      if (!a.startsWith('-') || a === '-') break
      if (a === '-r') raw = true
      else if (a === '-s') continue
      else if (a === '-p') writeFd(fds, 2, argv[++i] ?? '')
      else if (a === '-n') max = Number(argv[++i] ?? '0')
      else if (a === '-u') fd = Number(argv[++i] ?? '0')
      else if (a === '-t') i++
      else {
        sh.builtinError(fds, 'read', `invalid option -- '${a.slice(1)}'`)
        return 2
      }
    }
    const names = argv.slice(i)
    if (names.length === 0) names.push('REPLY')
    for (const n of names) {
      if (!NAME.test(n)) {
        sh.builtinError(fds, 'read', `'${n}': bad variable name`)
        return 2
      }
    }
    const src = fds[fd]
    const got = src?.kind === 'in' ? readLine(src.stream, raw, Number.isFinite(max) ? max : -1) : null
    const values = splitForRead(got?.line ?? '', sh.vars.get('IFS') ?? ' \t\n', names.length)
    names.forEach((n, k) => sh.setVar(fds, n, values[k] ?? ''))
    return got && got.eol ? 0 : 1
  },
}
