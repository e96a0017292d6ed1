// Backslash escapes of `echo -e`, `printf`'s format and its `%b` (busybox
// bb_process_escape_sequence): \n \t \\ \a \b \e \f \r \v, \xHH, octal \NNN (and \0NNN for echo
// and %b), and \c, which ends all output.

const SIMPLE: Record<string, string> = { '\\': '\\', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"' }

export function unescape(s: string, allowStop: boolean): { text: string; stop: boolean } {
  if (!s.includes('\\')) return { text: s, stop: false }
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i)
    if (c !== '\\' || i + 1 >= s.length) {
      out += c
      continue
    }
    const n = s.charAt(i + 1)
    if (n === 'c' && allowStop) return { text: out, stop: true }
    const simple = SIMPLE[n]
    if (simple !== undefined && (n !== '"' || !allowStop)) {
      out += simple
      i++
      continue
    }
    if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2))
      if (m) {
        out += String.fromCharCode(parseInt(m[0], 16))
        i += 1 + m[0].length
        continue
      }
    }
    if (n >= '0' && n <= '7') {
      // echo and %b take \0NNN; both take \NNN.
      const start = allowStop && n === '0' ? i + 2 : i + 1
      const m = /^[0-7]{1,3}/.exec(s.slice(start))
      const digits = m ? m[0] : ''
      out += String.fromCharCode(digits ? parseInt(digits, 8) & 255 : 0)
      i = start + digits.length - 1
      continue
    }
    out += c
  }
  return { text: out, stop: false }
}
