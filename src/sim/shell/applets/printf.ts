// busybox `printf FORMAT [ARG]...`: %s %b %c %d %i %u %o %x %X %e %f %g %%, flags `-+ #0`, width
// and precision (also `*`); the format is reused while arguments remain.
import type { Applet } from '../types'
import { usage } from './lib/args'
import { unescape } from './lib/escapes'

/** Widths beyond this are clamped, so `printf %999999999s` cannot exhaust memory. */
const MAX_WIDTH = 10_000
const SPEC = /%([-+ #0]*)(\*|\d*)(?:\.(\*|\d*))?([a-zA-Z%])/y
const ESCAPE = /\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|[^])/y

interface Spec {
  flags: string
  width: number
  prec: number | null
}

function pad(s: string, spec: Spec, zeroOk: boolean): string {
  if (s.length >= spec.width) return s
  if (spec.flags.includes('-')) return s.padEnd(spec.width)
  if (zeroOk && spec.flags.includes('0')) {
    const sign = /^[-+ ]/.test(s) ? s.charAt(0) : ''
    const prefix = /^[-+ ]?0[xX]/.test(s) ? s.slice(sign.length, sign.length + 2) : ''
    const body = s.slice(sign.length + prefix.length)
    return sign + prefix + body.padStart(spec.width - sign.length - prefix.length, '0')
  }
  return s.padStart(spec.width)
}

function formatInt(v: bigint, conv: string, spec: Spec): string {
  const neg = v < 0n && conv !== 'u' && conv !== 'o' && conv !== 'x' && conv !== 'X'
  let mag = neg ? -v : v
  if (!neg && v < 0n) mag = BigInt.asUintN(64, v)
  const base = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10
  let digits = mag.toString(base)
  if (conv === 'X') digits = digits.toUpperCase()
  if (spec.prec !== null) digits = spec.prec === 0 && mag === 0n ? '' : digits.padStart(spec.prec, '0')
  let prefix = ''
  if (spec.flags.includes('#') && mag !== 0n) prefix = conv === 'x' ? '0x' : conv === 'X' ? '0X' : conv === 'o' && !digits.startsWith('0') ? '0' : ''
  const sign = neg ? '-' : conv === 'd' || conv === 'i' ? (spec.flags.includes('+') ? '+' : spec.flags.includes(' ') ? ' ' : '') : ''
  return pad(sign + prefix + digits, spec, spec.prec === null)
}

/** C-style exponent: at least two digits (`1.5e+00`). */
const cExp = (s: string) => s.replace(/e([+-])(\d)$/, 'e$10$2')

function formatFloat(v: number, conv: string, spec: Spec): string {
  const prec = spec.prec ?? 6
  let body: string
  if (!Number.isFinite(v)) body = Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf'
  else if (conv === 'e' || conv === 'E') body = cExp(v.toExponential(prec))
  else if (conv === 'g' || conv === 'G') {
    const p = prec === 0 ? 1 : prec
    const exp = v === 0 ? 0 : Math.floor(Math.log10(Math.abs(v)))
    body = exp < -4 || exp >= p ? cExp(v.toExponential(p - 1)) : v.toFixed(Math.max(0, p - 1 - exp))
    if (!spec.flags.includes('#') && body.includes('.')) body = body.replace(/\.?0+(e|$)/, '$1')
  } else body = v.toFixed(prec)
  if (conv === 'E' || conv === 'G') body = body.toUpperCase()
  if (v >= 0 && spec.flags.includes('+')) body = `+${body}`
  else if (v >= 0 && spec.flags.includes(' ')) body = ` ${body}`
  return pad(body, spec, Number.isFinite(v))
}

export const printf: Applet = {
  name: 'printf',
  run(ctx, argv) {
    const format = argv[1]
    if (format === undefined) return usage(ctx.io, 'printf FORMAT [ARG]...')
    const args = argv.slice(2)
    let next = 0
    let status = 0
    const arg = () => args[next++]
    const num = (s: string | undefined): bigint => {
      if (s === undefined || s === '') return 0n
      if (/^['"]/.test(s)) return BigInt(s.codePointAt(1) ?? 0)
      const t = s.trim()
      if (/^[-+]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(t)) {
        const neg = t.startsWith('-')
        const body = t.replace(/^[-+]/, '')
        const v = /^0[xX]/.test(body) ? BigInt(body) : body.length > 1 && body.startsWith('0') ? BigInt(`0o${body.slice(1)}`) : BigInt(body)
        return neg ? -v : v
      }
      ctx.io.stderr(`printf: invalid number '${s}'\n`)
      status = 1
      const lead = /^[-+]?\d+/.exec(t)
      return lead ? BigInt(lead[0]) : 0n
    }
    const float = (s: string | undefined): number => {
      if (s === undefined || s === '') return 0
      const v = Number(s)
      if (Number.isNaN(v)) {
        ctx.io.stderr(`printf: invalid number '${s}'\n`)
        status = 1
        return parseFloat(s) || 0
      }
      return v
    }
    let out = ''
    do {
      const start = next
      let i = 0
      while (i < format.length) {
        const c = format.charAt(i)
        if (c === '\\') {
          ESCAPE.lastIndex = i
          const e = ESCAPE.exec(format)
          const piece = e ? e[0] : c
          out += unescape(piece, false).text
          i += piece.length
          continue
        }
        if (c !== '%') {
          out += c
          i++
          continue
        }
        SPEC.lastIndex = i
        const m = SPEC.exec(format)
        if (!m) {
          out += c
          i++
          continue
        }
        i = SPEC.lastIndex
        const [, flags = '', w = '', p, conv = ''] = m
        if (conv === '%') {
          out += '%'
          continue
        }
        const width = Math.min(MAX_WIDTH, w === '*' ? Math.abs(Number(num(arg()))) : Number(w || 0))
        const prec = p === undefined ? null : Math.min(MAX_WIDTH, p === '*' ? Number(num(arg())) : Number(p || 0))
        const spec: Spec = { flags: w === '*' && width < 0 ? `${flags}-` : flags, width, prec }
        switch (conv) {
          case 's': {
            let s = arg() ?? ''
            if (prec !== null) s = s.slice(0, prec)
            out += pad(s, spec, false)
            break
          }
          case 'b': {
            const u = unescape(arg() ?? '', true)
            out += pad(prec !== null ? u.text.slice(0, prec) : u.text, spec, false)
            if (u.stop) {
              ctx.io.stdout(out)
              return status
            }
            break
          }
          case 'c':
            out += pad((arg() ?? '').charAt(0), spec, false)
            break
          case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            out += formatInt(num(arg()), conv === 'i' ? 'd' : conv, spec)
            break
          case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            out += formatFloat(float(arg()), conv.toLowerCase() === 'f' ? 'f' : conv, spec)
            break
          default:
            ctx.io.stderr(`printf: %${conv}: invalid format\n`)
            ctx.io.stdout(out)
            return 1
        }
      }
      if (next === start) break
    } while (next < args.length)
    ctx.io.stdout(out)
    return status
  },
}
