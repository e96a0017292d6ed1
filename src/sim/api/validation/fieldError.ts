// apimachinery's `field.Error` (staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go):
// the constructors validation code uses, and `ErrorBody`, the text after `<field>: ` in every
// cause kubectl prints.
import { goJson, goNumber, goQuote, GoRaw } from './goFormat'

export type FieldErrorType =
  | 'Required' | 'Invalid' | 'Unsupported' | 'Duplicate' | 'TooMany' | 'TooLong' | 'Forbidden' | 'NotFound'

export interface FieldError {
  field: string
  type: FieldErrorType
  /** The bad value. Absent means Go's `field.OmitValueType{}`: the body then shows no value. */
  value?: unknown
  detail?: string
}

/** `ErrorType.String()`. */
const LABEL: Record<FieldErrorType, string> = {
  Required: 'Required value',
  Invalid: 'Invalid value',
  Unsupported: 'Unsupported value',
  Duplicate: 'Duplicate value',
  TooMany: 'Too many',
  TooLong: 'Too long',
  Forbidden: 'Forbidden',
  NotFound: 'Not found',
}

const withDetail = (field: string, type: FieldErrorType, detail: string): FieldError =>
  detail ? { field, type, detail } : { field, type }

/** `field.Required(path, detail)`. */
export const required = (field: string, detail = ''): FieldError => withDetail(field, 'Required', detail)

/** `field.Forbidden(path, detail)`. */
export const forbidden = (field: string, detail: string): FieldError => withDetail(field, 'Forbidden', detail)

/** `field.Invalid(path, value, detail)`; pass `undefined` as value for `field.OmitValueType{}`. */
export function invalid(field: string, value: unknown, detail: string): FieldError {
  const e: FieldError = withDetail(field, 'Invalid', detail)
  if (value !== undefined) e.value = value
  return e
}

/** `field.NotSupported(path, value, validValues)`: the detail lists each value `%q`-quoted. */
export function notSupported(field: string, value: unknown, valid: readonly string[]): FieldError {
  const e: FieldError = withDetail(field, 'Unsupported', valid.length ? `supported values: ${valid.map(goQuote).join(', ')}` : '')
  e.value = value
  return e
}

/** `field.Duplicate(path, value)`. */
export const duplicate = (field: string, value: unknown): FieldError => ({ field, type: 'Duplicate', value })

/** `field.NotFound(path, value)`. */
export const notFound = (field: string, value: unknown): FieldError => ({ field, type: 'NotFound', value })

/** `field.TooMany(path, actual, max)`. */
export function tooMany(field: string, actual: number, max: number): FieldError {
  const detail = max >= 0 ? `must have at most ${max} ${max === 1 ? 'item' : 'items'}` : 'too many items'
  const e: FieldError = { field, type: 'TooMany', detail }
  if (actual >= 0) e.value = actual
  return e
}

/** `field.TooLong(path, _, max)`: the value is never shown. */
export const tooLong = (field: string, max: number): FieldError =>
  ({ field, type: 'TooLong', detail: max >= 0 ? `may not be more than ${max} ${max === 1 ? 'byte' : 'bytes'}` : 'value is too long' })

/** How ErrorBody prints a value: ints and bools bare, strings `%q`, anything else as JSON. */
export function renderValue(v: unknown): string {
  if (typeof v === 'number') return goNumber(v)
  if (typeof v === 'boolean') return String(v)
  if (typeof v === 'string') return goQuote(v)
  if (v instanceof GoRaw) return v.text
  return goJson(v)
}

/** `(*field.Error).ErrorBody()`. */
export function errorBody(e: FieldError): string {
  let s = LABEL[e.type]
  const showsValue = e.type !== 'Required' && e.type !== 'Forbidden' && e.type !== 'TooLong'
  if (showsValue && 'value' in e && e.value !== undefined) s += `: ${renderValue(e.value)}`
  if (e.detail) s += `: ${e.detail}`
  return s
}

/** `(*field.Error).Error()`: `<field>: <body>`, the text of one cause. */
export const errorText = (e: FieldError): string => `${e.field}: ${errorBody(e)}`
