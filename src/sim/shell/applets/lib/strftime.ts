// strftime() in the C locale and UTC (the busybox image has no /etc/localtime and pods set no TZ,
// so `date` prints UTC: reference §10.1). `%e` pads with a space, which is why the default
// `date` output has two spaces before single-digit days.

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const pad = (n: number, width: number, fill: string) => String(n).padStart(width, fill)

function dayOfYear(d: Date): number {
  return Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1
}

/** ISO 8601 week number and week-based year. */
function isoWeek(d: Date): { week: number; year: number } {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  const dow = t.getUTCDay() || 7
  t.setUTCDate(t.getUTCDate() + 4 - dow)
  const year = t.getUTCFullYear()
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7)
  return { week, year }
}

/** Formats epoch milliseconds with a strftime format, in UTC. */
export function strftime(format: string, epochMs: number): string {
  const d = new Date(epochMs)
  let out = ''
  for (let i = 0; i < format.length; i++) {
    const c = format.charAt(i)
    if (c !== '%' || i + 1 >= format.length) {
      out += c
      continue
    }
    let flag = ''
    let code = format.charAt(++i)
    if ((code === '-' || code === '_' || code === '0') && i + 1 < format.length) {
      flag = code
      code = format.charAt(++i)
    }
    // A number field: width and default fill, changed by the `-` (no pad) and `_` (space) flags.
    const num = (n: number, width: number, fill = '0') => (flag === '-' ? String(n) : pad(n, width, flag === '_' ? ' ' : flag === '0' ? '0' : fill))
    const hour12 = d.getUTCHours() % 12 || 12
    switch (code) {
      case 'a': out += DAYS[d.getUTCDay()]?.slice(0, 3); break
      case 'A': out += DAYS[d.getUTCDay()]; break
      case 'b': case 'h': out += MONTHS[d.getUTCMonth()]?.slice(0, 3); break
      case 'B': out += MONTHS[d.getUTCMonth()]; break
      case 'c': out += strftime('%a %b %e %H:%M:%S %Y', epochMs); break
      case 'C': out += num(Math.floor(d.getUTCFullYear() / 100), 2); break
      case 'd': out += num(d.getUTCDate(), 2); break
      case 'D': out += strftime('%m/%d/%y', epochMs); break
      case 'e': out += num(d.getUTCDate(), 2, ' '); break
      case 'F': out += strftime('%Y-%m-%d', epochMs); break
      case 'g': out += num(isoWeek(d).year % 100, 2); break
      case 'G': out += String(isoWeek(d).year); break
      case 'H': out += num(d.getUTCHours(), 2); break
      case 'I': out += num(hour12, 2); break
      case 'j': out += num(dayOfYear(d), 3); break
      case 'k': out += num(d.getUTCHours(), 2, ' '); break
      case 'l': out += num(hour12, 2, ' '); break
      case 'm': out += num(d.getUTCMonth() + 1, 2); break
      case 'M': out += num(d.getUTCMinutes(), 2); break
      case 'n': out += '\n'; break
      case 'N': out += pad(((epochMs % 1000) + 1000) % 1000, 3, '0') + '000000'; break
      case 'p': out += d.getUTCHours() < 12 ? 'AM' : 'PM'; break
      case 'P': out += d.getUTCHours() < 12 ? 'am' : 'pm'; break
      case 'r': out += strftime('%I:%M:%S %p', epochMs); break
      case 'R': out += strftime('%H:%M', epochMs); break
      case 's': out += String(Math.floor(epochMs / 1000)); break
      case 'S': out += num(d.getUTCSeconds(), 2); break
      case 't': out += '\t'; break
      case 'T': case 'X': out += strftime('%H:%M:%S', epochMs); break
      case 'u': out += String(d.getUTCDay() || 7); break
      case 'U': out += num(Math.floor((dayOfYear(d) - 1 - d.getUTCDay() + 7) / 7), 2); break
      case 'V': out += num(isoWeek(d).week, 2); break
      case 'w': out += String(d.getUTCDay()); break
      case 'W': out += num(Math.floor((dayOfYear(d) - 1 - ((d.getUTCDay() + 6) % 7) + 7) / 7), 2); break
      case 'x': out += strftime('%m/%d/%y', epochMs); break
      case 'y': out += num(d.getUTCFullYear() % 100, 2); break
      case 'Y': out += String(d.getUTCFullYear()); break
      case 'z': out += '+0000'; break
      case 'Z': out += 'UTC'; break
      case '%': out += '%'; break
      default: out += `%${flag}${code}`
    }
  }
  return out
}

/** Parses `date -d` input: `@SECONDS`, `YYYY-MM-DD[ T]HH:MM[:SS]`, `YYYY-MM-DD`, `HH:MM[:SS]` (today). */
export function parseDate(text: string, nowMs: number): number | null {
  const s = text.trim()
  let m = /^@(-?\d+)$/.exec(s)
  if (m) return Number(m[1]) * 1000
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:Z| ?UTC)?$/.exec(s)
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s)
  if (m) {
    const d = new Date(nowMs)
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), Number(m[1]), Number(m[2]), Number(m[3] ?? 0))
  }
  return null
}
