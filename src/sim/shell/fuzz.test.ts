// Arbitrary input must never escape the interpreter as an exception: every failure becomes an exit
// status and a message, and a run either ends with a status in 0–255 or keeps yielding waits (a
// loop the kernel's guards will stop).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScript } from './index'
import { run } from './testing'

const PIECES = [
  'if', 'then', 'elif', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', 'case', 'esac', '!', '{', '}',
  ';', ';;', '&', '&&', '||', '|', '(', ')', '\n', ' ', '<', '>', '>>', '2>&1', '>&2', '<<EOF', 'EOF', '<<-E', '/dev/null',
  '"', "'", '`', '\\', '$', '$(', '$((', '))', '${', '${x:-', '${#x}', '${x%%*}', '${x:=1}', '${x?}', '$x', '$1', '$@', '"$@"', '$*', '$?', '$#', '$$',
  '~', '*', '?', '[', ']', '=', 'x=1', 'x=$x$x', 'y=', 'f()', 'f', 'g() { f; }', 'g',
  'echo', 'echo -e', 'printf', '%s', '%d', 'cat', 'sleep', '1', '0.5', 'infinity', 'date', 'seq', '3', 'test', '[ 1 -eq 1 ]', '-eq', '-f',
  'cd', '/', '..', 'pwd', 'ls', 'mkdir -p /a', 'rm -rf /a', 'touch /a/f', 'wc -l', 'head -n1', 'tail', 'grep', 'x', 'env', 'hostname -f',
  'ping -c1 h', 'nslookup h', 'read v', 'set -e', 'set -u', 'set --', 'shift', 'local z', 'export x', 'unset x', 'eval', 'exit', 'exit 3', 'return',
  'break', 'continue', 'break 2', 'exec', 'trap "echo t" EXIT', 'sh -c', ':', 'true', 'false', 'let', 'x++', 'while :; do', 'for i in 1 2; do',
  'case $x in', '*)', 'a|b)', '$((1/0))', '$((x+1))', '#', '# comment\n',
]

const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).chain((pieces) =>
  fc.array(fc.constantFrom('', ' ', ' ', '\n', ';'), { minLength: pieces.length, maxLength: pieces.length }).map((seps) => pieces.map((p, i) => p + (seps[i] ?? '')).join('')),
)

function check(script: string): void {
  const r = run(script, { maxSteps: 300, files: { '/etc/hosts': '127.0.0.1 localhost\n' } })
  if (r.status === null) {
    expect(r.steps > 300 || r.sleeps[r.sleeps.length - 1] === Infinity).toBe(true)
  } else {
    expect(Number.isInteger(r.status) && r.status >= 0 && r.status <= 255).toBe(true)
  }
  for (const s of r.sleeps) expect(s === Infinity || (Number.isInteger(s) && s >= 0)).toBe(true)
}

describe('arbitrary input never escapes the interpreter', () => {
  it('random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        check(s)
        parseScript(s)
      }),
      { numRuns: 400, seed: 1 },
    )
  })

  it('token soup built from shell syntax pieces', () => {
    fc.assert(
      fc.property(soup, (s) => {
        check(s)
      }),
      { numRuns: 1500, seed: 2 },
    )
  })

  it('random printable text with shell metacharacters', () => {
    const chars = fc.constantFrom(...'abcxyz019 \t\n;&|<>()${}[]*?!\'"`\\=#~%-+/:.,'.split(''))
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), (s) => {
        check(s)
      }),
      { numRuns: 1500, seed: 3 },
    )
  })
})
