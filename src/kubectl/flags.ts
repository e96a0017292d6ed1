// Command-line flags the way kubectl (cobra + pflag) reads them: `--name=value`, `--name value`,
// `-n value`, `-nvalue`, grouped short booleans (`-it`), repeatable flags, `--` ending flags.
// Errors carry kubectl's own text.

export interface FlagSpec {
  name: string
  short?: string
  /** `bool` flags take no value (`--watch`, or `--watch=false`). */
  type: 'bool' | 'string' | 'int' | 'list'
  default?: string | boolean | number
}

export type FlagValues = Record<string, string | boolean | number | string[] | undefined>

export type ParsedArgs =
  | { ok: true; flags: FlagValues; positional: string[]; afterDash: string[] | null }
  | { ok: false; error: string }

/** Flags every verb accepts (a subset of kubectl's global flags). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'request-timeout', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'v', short: 'v', type: 'int' },
]

export function parseFlags(verb: string, args: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const all = [...specs, ...GLOBAL_FLAGS]
  const byName = new Map(all.map((s) => [s.name, s]))
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short!, s]))
  const flags: FlagValues = {}
  for (const s of all) if (s.default !== undefined) flags[s.name] = s.default
  const positional: string[] = []
  const usage = `\nSee 'kubectl ${verb} --help' for usage.`

  const set = (spec: FlagSpec, raw: string | undefined, display: string): string | null => {
    if (spec.type === 'bool') {
      if (raw === undefined || raw === 'true') flags[spec.name] = true
      else if (raw === 'false') flags[spec.name] = false
      else return `error: invalid argument "${raw}" for "${display}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax${usage}`
      return null
    }
    if (raw === undefined) return `error: flag needs an argument: ${display}${usage}`
    if (spec.type === 'int') {
      if (!/^-?\d+$/.test(raw)) return `error: invalid argument "${raw}" for "${display}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax${usage}`
      flags[spec.name] = Number(raw)
    } else if (spec.type === 'list') {
      const prev = flags[spec.name]
      flags[spec.name] = [...(Array.isArray(prev) ? prev : []), raw]
    } else flags[spec.name] = raw
    return null
  }

  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--') return { ok: true, flags, positional, afterDash: args.slice(i + 1) }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2)
      const spec = byName.get(name)
      if (!spec) return { ok: false, error: `error: unknown flag: --${name}${usage}` }
      let raw = eq >= 0 ? a.slice(eq + 1) : undefined
      if (raw === undefined && spec.type !== 'bool') raw = args[++i]
      const err = set(spec, raw, `--${name}`)
      if (err) return { ok: false, error: err }
      continue
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j]!
        const spec = byShort.get(ch)
        if (!spec) return { ok: false, error: `error: unknown shorthand flag: '${ch}' in ${a}${usage}` }
        const display = `-${ch}, --${spec.name}`
        if (spec.type === 'bool') {
          const err = set(spec, undefined, display)
          if (err) return { ok: false, error: err }
          continue
        }
        let raw = a.slice(j + 1)
        if (raw.startsWith('=')) raw = raw.slice(1)
        const err = set(spec, raw !== '' ? raw : args[++i], display)
        if (err) return { ok: false, error: err }
        break
      }
      continue
    }
    positional.push(a)
  }
  return { ok: true, flags, positional, afterDash: null }
}

export const str = (v: FlagValues[string]): string | undefined => (typeof v === 'string' ? v : undefined)
export const bool = (v: FlagValues[string]): boolean => v === true
export const list = (v: FlagValues[string]): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : [])
