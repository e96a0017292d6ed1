// The apiserver's strict JSON decoding (apimachinery runtime/serializer/json `Decode` with
// `UnmarshalStrict` from sigs.k8s.io/json, fieldValidation=Strict as kubectl 1.34 requests it):
// - kubectl sends the manifest as JSON with object keys sorted, so fields are visited in that order;
// - a value of the wrong JSON kind is skipped and the *first* one becomes the error
//   (`json: cannot unmarshal string into Go struct field JobSpec.spec.parallelism of type int32`,
//   the field path without list indexes, the struct being the innermost one);
// - a custom unmarshaler's error (Quantity, IntOrString) aborts decoding and wins;
// - otherwise unknown fields are collected (deduplicated, at most 100) with full paths including
//   list indexes: `strict decoding error: unknown field "spec.template.spec.containers[0].imagee"`.
import type { FieldType, StructSchema } from './schema'
import { goNumber } from '../validation/goFormat'

export type StrictResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** How encoding/json names a JSON value it could not store. */
const kindOf = (v: unknown): string =>
  Array.isArray(v) ? 'array' : isObject(v) ? 'object' : typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'number' : 'string'

const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/
const QUANTITY_SUFFIXES = new Set(['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'])

/** resource.ParseQuantity's error for the text, or undefined when it parses. */
export function quantityError(text: string): string | undefined {
  const m = QUANTITY.exec(text.trim())
  if (!m) return "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(m[1] ?? '')) return 'unable to parse numeric part of quantity'
  const suffix = m[2] ?? ''
  if (!QUANTITY_SUFFIXES.has(suffix) && !/^[eE][-+]?\d+$/.test(suffix)) return "unable to parse quantity's suffix"
  return undefined
}

const INT_RANGE: Record<32 | 64, [number, number]> = { 32: [-2147483648, 2147483647], 64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] }

class Decoder {
  typeError: string | undefined
  fatal: string | undefined
  readonly unknown: string[] = []

  private typeErr(what: string, t: FieldType, stack: readonly string[], struct: string): undefined {
    this.typeError ??= `json: cannot unmarshal ${what} into Go struct field ${struct}.${stack.join('.')} of type ${t.go}`
    return undefined
  }

  private unknownField(path: string): void {
    const msg = `unknown field "${path}"`
    if (this.unknown.length < 100 && !this.unknown.includes(msg)) this.unknown.push(msg)
  }

  structure(v: Record<string, unknown>, schema: StructSchema, path: string, stack: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(v).sort()) {
      const p = path ? `${path}.${key}` : key
      const t = schema.fields[key]
      if (!t) this.unknownField(p)
      else {
        const d = this.value(v[key], t, p, [...stack, key], schema.name)
        if (d !== undefined) out[key] = d
      }
      if (this.fatal) return out
    }
    for (const key of schema.zero ?? []) {
      const t = schema.fields[key]
      if (out[key] === undefined && t) out[key] = this.value({}, t, path ? `${path}.${key}` : key, [...stack, key], schema.name)
    }
    return out
  }

  value(v: unknown, t: FieldType, path: string, stack: readonly string[], struct: string): unknown {
    if (v === null || v === undefined || this.fatal) return undefined
    switch (t.k) {
      case 'string':
        return typeof v === 'string' ? v : this.typeErr(kindOf(v), t, stack, struct)
      case 'bool':
        return typeof v === 'boolean' ? v : this.typeErr(kindOf(v), t, stack, struct)
      case 'int': {
        if (typeof v !== 'number') return this.typeErr(kindOf(v), t, stack, struct)
        const [lo, hi] = INT_RANGE[t.bits]
        return Number.isInteger(v) && v >= lo && v <= hi ? v : this.typeErr(`number ${goNumber(v)}`, t, stack, struct)
      }
      case 'struct':
        return isObject(v) ? this.structure(v, t.schema(), path, stack) : this.typeErr(kindOf(v), t, stack, struct)
      case 'slice':
        return Array.isArray(v) ? v.map((x, i) => this.value(x, t.elem, `${path}[${i}]`, stack, struct)) : this.typeErr(kindOf(v), t, stack, struct)
      case 'map': {
        if (!isObject(v)) return this.typeErr(kindOf(v), t, stack, struct)
        const out: Record<string, unknown> = {}
        for (const key of Object.keys(v).sort()) {
          const d = this.value(v[key], t.elem, `${path}.${key}`, stack, struct)
          if (d !== undefined) out[key] = d
        }
        return out
      }
      case 'opaqueStruct':
        return isObject(v) ? v : this.typeErr(kindOf(v), t, stack, struct)
      case 'opaqueSlice':
        return Array.isArray(v) ? v : this.typeErr(kindOf(v), t, stack, struct)
      case 'any':
        return v
      case 'quantity': {
        const text = typeof v === 'number' ? goNumber(v) : typeof v === 'string' ? v : '?'
        const err = quantityError(text)
        if (err) this.fatal = err
        return err ? undefined : text
      }
      case 'intOrString': {
        if (typeof v === 'string') return v
        const what = typeof v === 'number' ? `number ${goNumber(v)}` : kindOf(v)
        if (typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647) return v
        this.fatal = `json: cannot unmarshal ${what} into Go struct field ${struct}.${stack.join('.')} of type int32`
        return undefined
      }
    }
  }
}

/** Decodes `raw` as `schema` describes; on failure, the error text after `cannot be handled as a <Kind>: `. */
export function strictDecode(raw: Record<string, unknown>, schema: StructSchema): StrictResult {
  const d = new Decoder()
  const value = d.structure(raw, schema, '', [])
  if (d.fatal) return { ok: false, message: d.fatal }
  if (d.typeError) return { ok: false, message: d.typeError }
  if (d.unknown.length) return { ok: false, message: `strict decoding error: ${d.unknown.join(', ')}` }
  return { ok: true, value }
}
