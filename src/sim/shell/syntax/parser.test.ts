import { describe, expect, it } from 'vitest'
import type { Command, List, Simple } from '../ast'
import { parse } from './parser'

const first = (list: List): Command => list.items[0]?.ao.head.cmds[0] as Command
const simple = (text: string): Simple => {
  const s = parse(text)
  expect(s.error).toBeNull()
  const c = first(s.lines[0] as List)
  expect(c.k).toBe('simple')
  return c as Simple
}

describe('parser: structure', () => {
  it('splits top-level lines at newlines and keeps ; & && || | inside a line', () => {
    const s = parse('a; b & c && d || e | f\ng')
    expect(s.error).toBeNull()
    expect(s.lines).toHaveLength(2)
    const line = s.lines[0] as List
    expect(line.items.map((i) => i.bg)).toEqual([false, true, false])
    const ao = line.items[2]?.ao
    expect(ao?.tail.map((t) => t.op)).toEqual(['&&', '||'])
    expect(ao?.tail[1]?.p.cmds).toHaveLength(2)
  })

  it('recognises assignments only before the command name', () => {
    const c = simple('A=1 B="x y" cmd C=2')
    expect(c.assigns.map((a) => a.name)).toEqual(['A', 'B'])
    expect(c.words.map((w) => w.text)).toEqual(['cmd', 'C=2'])
  })

  it('parses redirections with descriptor numbers', () => {
    const c = simple('cmd 2>&1 >>/data/f </dev/null 2>/dev/null')
    expect(c.redirs.map((r) => [r.fd, r.op, r.target.text])).toEqual([
      [2, '>&', '1'],
      [1, '>>', '/data/f'],
      [0, '<', '/dev/null'],
      [2, '>', '/dev/null'],
    ])
  })

  it('keeps keywords plain outside command position', () => {
    const c = simple('echo if then fi')
    expect(c.words.map((w) => w.text)).toEqual(['echo', 'if', 'then', 'fi'])
  })

  it('parses compound commands', () => {
    const s = parse('if a; then b; elif c; then d; else e; fi; for x in 1 2; do :; done; while a; do b; done; until a; do b; done; case $x in a|b) x;; (c) y;; esac; { a; }; (b); f() { c; }')
    expect(s.error).toBeNull()
    const kinds = (s.lines[0] as List).items.map((i) => i.ao.head.cmds[0]?.k)
    expect(kinds).toEqual(['if', 'for', 'loop', 'loop', 'case', 'group', 'subshell', 'func'])
  })

  it('finds the end of $( ) with a case pattern inside', () => {
    const c = simple('echo $(case x in x) echo y;; esac) after')
    expect(c.words).toHaveLength(3)
    expect(c.words[1]?.parts[0]?.k).toBe('cmd')
    expect(c.words[2]?.text).toBe('after')
  })

  it('reads here-documents after the line', () => {
    const c = simple('cat <<EOF\nhello $x\nEOF')
    const doc = c.redirs[0]?.heredoc
    expect(doc?.parts.map((p) => p.k)).toEqual(['q', 'param', 'q'])
    const quoted = simple("cat <<'EOF'\nhello $x\nEOF").redirs[0]?.heredoc
    expect(quoted?.parts).toEqual([{ k: 'q', v: 'hello $x\n' }])
  })

  it('parses ${...} operators', () => {
    const c = simple('echo ${a:-b} ${a-b} ${a:=b} ${a?b} ${a:+b} ${#a} ${a%.*} ${a##*/} ${a:1:2} ${a//x/y}')
    const ops = c.words.slice(1).map((w) => (w.parts[0]?.k === 'param' ? w.parts[0].op : null))
    expect(ops).toEqual([':-', '-', ':=', '?', ':+', 'len', '%', '##', 'substr', '//'])
  })

  it('records source lines of simple commands', () => {
    const s = parse('a\n\nb')
    expect(((s.lines[1] as List).items[0]?.ao.head.cmds[0] as Simple).line).toBe(3)
  })
})

describe('parser: errors worded as busybox ash', () => {
  const err = (text: string) => parse(text).error
  it('reports unexpected keywords and tokens', () => {
    expect(err('fi')).toBe('syntax error: unexpected "fi"')
    expect(err('echo a; fi')).toBe('syntax error: unexpected "fi"')
    expect(err('while true; do done')).toBe('syntax error: unexpected "done"')
    expect(err('if then fi')).toBe('syntax error: unexpected "then"')
    expect(err('echo a )')).toBe('syntax error: unexpected ")"')
    expect(err('; echo')).toBe('syntax error: unexpected ";"')
    expect(err('echo |')).toBe('syntax error: unexpected end of file')
  })

  it('says what it expected at the end of the file', () => {
    expect(err('if true; then echo')).toBe('syntax error: unexpected end of file (expecting "fi")')
    expect(err('for i in 1; do echo')).toBe('syntax error: unexpected end of file (expecting "done")')
    expect(err('echo $(ls')).toBe('syntax error: unexpected end of file (expecting ")")')
    expect(err('{ echo }')).toBe('syntax error: unexpected end of file (expecting "}")')
  })

  it('reports quoting and substitution errors', () => {
    expect(err("echo 'x")).toBe('syntax error: unterminated quoted string')
    expect(err('echo "x')).toBe('syntax error: unterminated quoted string')
    expect(err('echo ${')).toBe('syntax error: bad substitution')
    expect(err('echo `x')).toBe('syntax error: EOF in backquote substitution')
    expect(err('for 1x in a; do :; done')).toBe('syntax error: bad for loop variable')
  })

  it('keeps the lines before an error (ash parses and runs line by line)', () => {
    const s = parse('echo one\necho two\nfi\necho four')
    expect(s.lines).toHaveLength(2)
    expect(s.error).toBe('syntax error: unexpected "fi"')
  })

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(err('('.repeat(5000))).toBe('syntax error: nesting too deep')
    expect(err('echo ' + '$('.repeat(3000))).toBe('syntax error: nesting too deep')
  })
})
