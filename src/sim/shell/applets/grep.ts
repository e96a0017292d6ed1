// busybox `grep [-ivcnqlLhHwxoEFs] [-e PATTERN]... PATTERN [FILE]...`. Basic regular expressions
// are translated to JavaScript ones (`\(` `\)` `\{` `\}` `\|` `\+` `\?` are the operators there);
// compiled patterns are cached by their text. Status 0 when a line matched, 1 when none, 2 on error.
import type { Applet } from '../types'
import { badOption, getopt, usage } from './lib/args'
import { eachInput, lines } from './lib/files'

const cache = new Map<string, RegExp | null>()

function bre(p: string): string {
  let out = ''
  for (let i = 0; i < p.length; i++) {
    const c = p.charAt(i)
    if (c === '\\' && i + 1 < p.length) {
      const n = p.charAt(++i)
      out += '(){}|+?'.includes(n) ? n : `\\${n}`
    } else if ('(){}|+?'.includes(c)) out += `\\${c}`
    else out += c
  }
  return out
}

function compile(pattern: string, flags: { E: boolean; F: boolean; i: boolean; w: boolean; x: boolean }): RegExp | null {
  const key = `${flags.E ? 'E' : ''}${flags.F ? 'F' : ''}${flags.i ? 'i' : ''}${flags.w ? 'w' : ''}${flags.x ? 'x' : ''}:${pattern}`
  if (cache.has(key)) return cache.get(key) ?? null
  let src = flags.F ? pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : flags.E ? pattern : bre(pattern)
  if (flags.w) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`
  if (flags.x) src = `^(?:${src})$`
  let re: RegExp | null
  try {
    re = new RegExp(src, flags.i ? 'gi' : 'g')
  } catch {
    re = null
  }
  if (cache.size > 256) cache.clear()
  cache.set(key, re)
  return re
}

export const grep: Applet = {
  name: 'grep',
  run(ctx, argv) {
    const p = getopt(argv, 'ivcnqlLhHwxoEFsre:')
    if ('bad' in p) return badOption(ctx.io, 'grep', p, 'grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...')
    const has = (c: string) => p.opts.has(c)
    const patterns = p.all.get('e') ?? []
    const args = [...p.args]
    if (patterns.length === 0) {
      const first = args.shift()
      if (first === undefined) return usage(ctx.io, 'grep [-HhnlLoqvsrRiwFE] PATTERN [FILE]...')
      patterns.push(...first.split('\n'))
    }
    const flags = { E: has('E'), F: has('F'), i: has('i'), w: has('w'), x: has('x') }
    const res: RegExp[] = []
    for (const pat of patterns) {
      const re = compile(pat, flags)
      if (!re) {
        ctx.io.stderr(`grep: bad regex '${pat}'\n`)
        return 2
      }
      res.push(re)
    }
    const named = (has('H') || args.length > 1) && !has('h')
    let any = false
    let out = ''
    const ok = eachInput(ctx, 'grep', args, (text, file) => {
      const label = file === '-' ? '(standard input)' : file
      let count = 0
      lines(text).forEach((line, n) => {
        const hits = res.some((re) => {
          re.lastIndex = 0
          return re.test(line)
        })
        if (hits === has('v')) return
        count++
        any = true
        if (has('q') || has('l') || has('L') || has('c')) return
        const prefix = `${named ? `${label}:` : ''}${has('n') ? `${n + 1}:` : ''}`
        if (has('o') && !has('v')) {
          for (const re of res) {
            re.lastIndex = 0
            for (const m of line.matchAll(re)) if (m[0]) out += `${prefix}${m[0]}\n`
          }
        } else out += `${prefix}${line}\n`
      })
      if (has('c')) out += `${named ? `${label}:` : ''}${count}\n`
      if (has('l') && count > 0) out += `${label}\n`
      if (has('L') && count === 0) out += `${label}\n`
    })
    if (!has('q')) ctx.io.stdout(out)
    if (!ok && !has('q')) return 2
    return any ? 0 : ok ? 1 : 2
  },
}
