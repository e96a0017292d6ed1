// go-yaml v2's scalar rules, as sigs.k8s.io/yaml (kubectl's -o yaml) emits strings:
// encode.go `stringv` (literal for multi-line text, double quotes for text that would read back as
// another type, plain otherwise), emitterc.go `yaml_emitter_analyze_scalar` and
// `yaml_emitter_select_scalar_style` (fall back to single, then double quotes), and the writers,
// which fold long plain/quoted text at spaces once the line is past column 80.

const BEST_WIDTH = 80

/** resolve.go: would this plain text read back as something other than a string? */
export function resolvesToNonString(s: string): boolean {
  if (/^(|~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|<<)$/.test(s)) return true
  if (/^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/.test(s)) return true
  const hint = s[0] ?? ''
  if (hint === '.') return !Number.isNaN(Number(s)) && /^\.[0-9]/.test(s)
  if (!/[-+0-9]/.test(hint)) return false
  // parseTimestamp's layouts: 2006-1-2, 2006-1-2T15:4:5.999999999Z07:00 (T or t), 2006-1-2 15:4:5.999999999
  const date = '\\d{4}-\\d{1,2}-\\d{1,2}'
  const clock = '\\d{1,2}:\\d{1,2}:\\d{1,2}(\\.\\d+)?'
  if (new RegExp(`^${date}$|^${date}[Tt]${clock}(Z|[-+]\\d{2}:\\d{2})$|^${date} ${clock}$`).test(s)) return true
  const plain = s.replaceAll('_', '')
  if (/^[-+]?(0|[1-9][0-9]*)$/.test(plain) || /^[-+]?0[0-7]+$/.test(plain) || /^[-+]?0[xX][0-9a-fA-F]+$/.test(plain) || /^[-+]?0[oO][0-7]+$/.test(plain) || /^[-+]?0[bB][01]+$/.test(plain)) return true
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(plain)) return true
  // base 60 floats (1:20) are quoted for the benefit of YAML 1.1 readers
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s)
}

/** is_printable for one code point (tab and other controls are not). */
const printable = (c: number): boolean => c === 0x0a || (c >= 0x20 && c <= 0x7e) || c === 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff)
const isBreak = (ch: string): boolean => ch === '\n' || ch === '\r' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029'
const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t'

interface Analysis {
  multiline: boolean
  blockPlain: boolean
  singleQuoted: boolean
  block: boolean
}

/** yaml_emitter_analyze_scalar, block context. */
function analyze(s: string): Analysis {
  if (s === '') return { multiline: false, blockPlain: true, singleQuoted: true, block: false }
  const chars = [...s]
  let blockIndicators = s.startsWith('---') || s.startsWith('...')
  let lineBreaks = false
  let special = false
  let leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
  let breakSpace = false, spaceBreak = false, prevSpace = false, prevBreak = false
  let precededByWhitespace = true
  chars.forEach((ch, i) => {
    const next = chars[i + 1]
    const followedByWhitespace = next === undefined || isBlank(next) || isBreak(next)
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true
      if ((ch === '?' || ch === ':' || ch === '-') && followedByWhitespace) blockIndicators = true
    } else if ((ch === ':' && followedByWhitespace) || (ch === '#' && precededByWhitespace)) {
      blockIndicators = true
    }
    if (!printable(ch.codePointAt(0)!)) special = true
    const last = i === chars.length - 1
    if (ch === ' ') {
      if (i === 0) leadingSpace = true
      if (last) trailingSpace = true
      if (prevBreak) breakSpace = true
      prevSpace = true
      prevBreak = false
    } else if (isBreak(ch)) {
      lineBreaks = true
      if (i === 0) leadingBreak = true
      if (last) trailingBreak = true
      if (prevSpace) spaceBreak = true
      prevSpace = false
      prevBreak = true
    } else {
      prevSpace = prevBreak = false
    }
    precededByWhitespace = isBlank(ch) || isBreak(ch)
  })
  const blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || special || lineBreaks || blockIndicators)
  const singleQuoted = !(breakSpace || spaceBreak || special)
  const block = !(trailingSpace || spaceBreak || special)
  return { multiline: lineBreaks, blockPlain, singleQuoted, block }
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal'

/** stringv + yaml_emitter_select_scalar_style for a string value (or a simple key). */
export function scalarStyle(s: string, isKey: boolean): ScalarStyle {
  const a = analyze(s)
  let style: ScalarStyle = s.includes('\n') ? 'literal' : resolvesToNonString(s) ? 'double' : 'plain'
  if (isKey && a.multiline) style = 'double'
  if (style === 'plain' && (!a.blockPlain || (s === '' && isKey))) style = 'single'
  if (style === 'single' && !a.singleQuoted) style = 'double'
  if (style === 'literal' && (!a.block || isKey)) style = 'double'
  return style
}

const ESCAPES: Record<number, string> = { 0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e', 0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P' }

function escape(c: number): string {
  const named = ESCAPES[c]
  if (named !== undefined) return `\\${named}`
  const [letter, digits] = c <= 0xff ? ['x', 2] : c <= 0xffff ? ['u', 4] : ['U', 8]
  return `\\${letter}${c.toString(16).toUpperCase().padStart(digits, '0')}`
}

/**
 * Writes a scalar that starts at `column`; folded lines continue at `indent`. Keys never fold.
 * Returns the text (a literal block ends with its last line's newline only if the value did).
 */
export function writeScalar(s: string, style: ScalarStyle, column: number, indent: number, allowBreaks: boolean): string {
  const pad = ' '.repeat(indent)
  const chars = [...s]
  let out = ''
  let col = column
  const put = (t: string) => {
    out += t
    col += [...t].length
  }
  const newline = () => {
    out += `\n${pad}`
    col = indent
  }
  if (style === 'literal') {
    const indentHint = s.startsWith(' ') || isBreak(chars[0] ?? '') ? '2' : ''
    const chomp = !s.endsWith('\n') ? '-' : s.length === 1 || s.endsWith('\n\n') ? '+' : ''
    const body = s.endsWith('\n') ? s.slice(0, -1) : s
    return `|${indentHint}${chomp}\n${body.split('\n').map((l) => (l === '' ? '' : pad + l)).join('\n')}${s.endsWith('\n') ? '\n' : ''}`
  }
  if (style === 'double') put('"')
  if (style === 'single') put("'")
  let spaces = false
  chars.forEach((ch, i) => {
    const next = chars[i + 1]
    const c = ch.codePointAt(0)!
    if (style === 'double' && (!printable(c) || c === 0xfeff || isBreak(ch) || ch === '"' || ch === '\\')) {
      put(escape(c))
      spaces = false
    } else if (ch === ' ') {
      const inside = i > 0 && i < chars.length - 1
      const fold =
        style === 'plain' ? next !== ' ' : style === 'single' ? inside && next !== ' ' : inside
      if (allowBreaks && !spaces && col > BEST_WIDTH && fold) {
        newline()
        if (style === 'double' && next === ' ') put('\\')
      } else {
        put(' ')
      }
      spaces = true
    } else {
      put(style === 'single' && ch === "'" ? "''" : ch)
      spaces = false
    }
  })
  if (style === 'double') put('"')
  if (style === 'single') put("'")
  return out
}
