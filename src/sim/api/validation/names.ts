// String formats from staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (and its
// `api/validate/content` twin): each returns the list of messages Go returns, in Go's order.
// Lengths are in bytes (Go's `len`), so they are counted in UTF-8.

export function utf8Length(s: string): number {
  let n = 0
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}

/** `MaxLenError`. */
export const maxLenError = (n: number): string => `must be no more than ${n} characters`

/** `InclusiveRangeError`. */
export const inclusiveRangeError = (lo: number, hi: number): string => `must be between ${lo} and ${hi}, inclusive`

/** `RegexError`: note the double space Go leaves before each ` or `. */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`
  let out = `${msg} (e.g. `
  examples.forEach((ex, i) => {
    if (i > 0) out += ' or '
    out += `'${ex}', `
  })
  return `${out}regex used for validation is '${fmt}')`
}

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?'
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`
const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?'
const QNAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]'
const LABEL_VALUE_FMT = `(${QNAME_FMT})?`

const whole = (fmt: string) => new RegExp(`^${fmt}$`)
const dns1123Label = whole(DNS1123_LABEL_FMT)
const dns1123Subdomain = whole(DNS1123_SUBDOMAIN_FMT)
const dns1035Label = whole(DNS1035_LABEL_FMT)
const qualifiedName = whole(QNAME_FMT)
const labelValue = whole(LABEL_VALUE_FMT)

/** `IsDNS1123Label`. */
export function isDNS1123Label(v: string): string[] {
  const errs: string[] = []
  if (utf8Length(v) > 63) errs.push(maxLenError(63))
  if (!dns1123Label.test(v)) {
    // A valid subdomain that is not a valid label can only be failing because of dots.
    if (dns1123Subdomain.test(v)) errs.push('must not contain dots')
    else errs.push(regexError("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character", DNS1123_LABEL_FMT, 'my-name', '123-abc'))
  }
  return errs
}

/** `IsDNS1123Subdomain`. */
export function isDNS1123Subdomain(v: string): string[] {
  const errs: string[] = []
  if (utf8Length(v) > 253) errs.push(maxLenError(253))
  if (!dns1123Subdomain.test(v)) errs.push(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", DNS1123_SUBDOMAIN_FMT, 'example.com'))
  return errs
}

/** `IsDNS1035Label` (Service names). */
export function isDNS1035Label(v: string): string[] {
  const errs: string[] = []
  if (utf8Length(v) > 63) errs.push(maxLenError(63))
  if (!dns1035Label.test(v)) errs.push(regexError("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character", DNS1035_LABEL_FMT, 'my-name', 'abc-123'))
  return errs
}

const QNAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"

/**
 * Label keys and values repeat on every pod of a Job: their verdicts are kept (frozen, so no
 * caller can change a shared one), up to a bound so a run with endless distinct names stays small.
 */
function memo(check: (v: string) => string[]): (v: string) => readonly string[] {
  const known = new Map<string, readonly string[]>()
  return (v) => {
    let r = known.get(v)
    if (r === undefined) {
      r = Object.freeze(check(v))
      if (known.size < 10_000) known.set(v, r)
    }
    return r
  }
}

/** `IsQualifiedName`: label keys, annotation keys, condition types. */
export const isQualifiedName = memo(qualifiedNameErrors)

function qualifiedNameErrors(v: string): string[] {
  const errs: string[] = []
  const parts = v.split('/')
  let name: string
  if (parts.length === 1) name = parts[0] ?? ''
  else if (parts.length === 2) {
    const prefix = parts[0] ?? ''
    name = parts[1] ?? ''
    if (prefix.length === 0) errs.push('prefix part must be non-empty')
    else errs.push(...isDNS1123Subdomain(prefix).map((m) => `prefix part ${m}`))
  } else {
    return [`a qualified name ${regexError(QNAME_MSG, QNAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`]
  }
  if (name.length === 0) errs.push('name part must be non-empty')
  else if (utf8Length(name) > 63) errs.push(`name part ${maxLenError(63)}`)
  if (!qualifiedName.test(name)) errs.push(`name part ${regexError(QNAME_MSG, QNAME_FMT, 'MyName', 'my.name', '123-abc')}`)
  return errs
}

/** `IsValidLabelValue`. */
export const isValidLabelValue = memo(labelValueErrors)

function labelValueErrors(v: string): string[] {
  const errs: string[] = []
  if (utf8Length(v) > 63) errs.push(maxLenError(63))
  if (!labelValue.test(v)) errs.push(regexError("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'))
  return errs
}

/** `IsValidPortName` (IANA_SVC_NAME). */
export function isValidPortName(v: string): string[] {
  const errs: string[] = []
  if (utf8Length(v) > 15) errs.push(maxLenError(15))
  if (!/^[-a-z0-9]+$/.test(v)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)')
  if (!/[a-z]/.test(v)) errs.push('must contain at least one letter (a-z)')
  if (v.includes('--')) errs.push('must not contain consecutive hyphens')
  if (v.length > 0 && (v.startsWith('-') || v.endsWith('-'))) errs.push('must not begin or end with a hyphen')
  return errs
}

/** `IsValidPortNum`. */
export const isValidPortNum = (n: number): string[] => (n >= 1 && n <= 65535 ? [] : [inclusiveRangeError(1, 65535)])

/** `IsRelaxedEnvVarName` (RelaxedEnvironmentVariableValidation, on by default in 1.34). */
export function isRelaxedEnvVarName(v: string): string[] {
  const errs: string[] = []
  if (v.length === 0) errs.push('environment variable name must be non-empty')
  for (const ch of v) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp > 0x7e || cp < 0x20 || ch === '=') {
      errs.push("a valid environment variable name must consist only of printable ASCII characters other than '='")
      break
    }
  }
  return errs
}

/** Go's `maskTrailingDash`: a generateName prefix may end in `-`. */
const maskTrailingDash = (name: string): string => (name.length > 1 && name.endsWith('-') ? `${name.slice(0, -1)}a` : name)

/** `NameIsDNSSubdomain(name, prefix)`: Jobs and Pods. */
export const nameIsDNSSubdomain = (name: string, prefix: boolean): string[] =>
  isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name)

/** `NameIsDNS1035Label(name, prefix)`: Services. */
export const nameIsDNS1035Label = (name: string, prefix: boolean): string[] =>
  isDNS1035Label(prefix ? maskTrailingDash(name) : name)

/** `ValidateNamespaceName` = `NameIsDNSLabel`. */
export const nameIsDNSLabel = (name: string, prefix: boolean): string[] =>
  isDNS1123Label(prefix ? maskTrailingDash(name) : name)

export type NameFn = (name: string, prefix: boolean) => string[]

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

/** Whether Go's `netutils.ParseIPSloppy` accepts the text (IPv4 dotted quad or IPv6). */
export function isIP(v: string): boolean {
  const m = IPV4.exec(v)
  if (m) return m.slice(1).every((p) => Number(p) <= 255)
  if (!v.includes(':') || !/^[0-9a-fA-F:.]+$/.test(v)) return false
  const double = v.split('::')
  if (double.length > 2) return false
  const groups = v.split(':').filter((g) => g !== '')
  const last = groups[groups.length - 1] ?? ''
  const tail = last.includes('.') ? (IPV4.test(last) ? 2 : -99) : 0
  if (tail < 0) return false
  const hexGroups = tail ? groups.slice(0, -1) : groups
  if (!hexGroups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false
  const count = hexGroups.length + tail
  return double.length === 2 ? count < 8 : count === 8
}
