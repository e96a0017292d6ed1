// Object metadata, labels, annotations and label selectors:
// apimachinery/pkg/api/validation/objectmeta.go (`ValidateObjectMetaAccessor`,
// `ValidateObjectMetaUpdate`, `ValidateAnnotations`) and apis/meta/v1/validation
// (`ValidateLabels`, `ValidateLabelName`, `ValidateLabelSelector`).
import type { LabelSelector, ObjectMeta } from '../types'
import { forbidden, invalid, required, tooLong, type FieldError } from './fieldError'
import { isQualifiedName, isValidLabelValue, nameIsDNSLabel, utf8Length, type NameFn } from './names'

/** Go iterates maps in random order; the simulator walks keys sorted so output is stable. */
export function sortedKeys(m: Record<string, string> | undefined): string[] {
  const keys = m ? Object.keys(m) : []
  // Keys usually come sorted already (defaulting writes them in order): skip the sort's copy then.
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return keys.sort()
  return keys
}

/** `ValidateLabelName`. */
export const validateLabelName = (key: string, path: string): FieldError[] =>
  isQualifiedName(key).map((msg) => invalid(path, key, msg))

/** `ValidateLabels`: every key a qualified name, every value a label value (the value is shown). */
export function validateLabels(labels: Record<string, string> | undefined, path: string): FieldError[] {
  // Sorting only orders the errors: a first pass in any order finds whether there are any.
  if (!labels) return []
  let valid = true
  for (const k of Object.keys(labels)) if (isQualifiedName(k).length > 0 || isValidLabelValue(labels[k] ?? '').length > 0) valid = false
  if (valid) return []
  const errs: FieldError[] = []
  for (const k of sortedKeys(labels)) {
    errs.push(...validateLabelName(k, path))
    for (const msg of isValidLabelValue(labels?.[k] ?? '')) errs.push(invalid(path, labels?.[k] ?? '', msg))
  }
  return errs
}

/** `TotalAnnotationSizeLimitB`: 256 KiB over all keys and values. */
const ANNOTATION_LIMIT = 256 * 1024

/** `ValidateAnnotations`: keys are qualified names compared lower-cased; total size capped. */
export function validateAnnotations(ann: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = []
  let size = 0
  for (const k of sortedKeys(ann)) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, msg))
    size += utf8Length(k) + utf8Length(ann?.[k] ?? '')
  }
  if (size > ANNOTATION_LIMIT) errs.push(tooLong(path, ANNOTATION_LIMIT))
  return errs
}

export interface MetaOptions {
  namespaced: boolean
  nameFn: NameFn
}

/** `ValidateObjectMeta` on create. Name generation has already happened. */
export function validateObjectMeta(meta: Partial<ObjectMeta>, opts: MetaOptions, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = []
  if (meta.generateName) for (const msg of opts.nameFn(meta.generateName, true)) errs.push(invalid(`${path}.generateName`, meta.generateName, msg))
  if (!meta.name) errs.push(required(`${path}.name`, 'name or generateName is required'))
  else for (const msg of opts.nameFn(meta.name, false)) errs.push(invalid(`${path}.name`, meta.name, msg))
  if (opts.namespaced) {
    if (!meta.namespace) errs.push(required(`${path}.namespace`))
    else for (const msg of nameIsDNSLabel(meta.namespace, false)) errs.push(invalid(`${path}.namespace`, meta.namespace, msg))
  } else if (meta.namespace) {
    errs.push(forbidden(`${path}.namespace`, 'not allowed on this type'))
  }
  if (meta.generation !== undefined && meta.generation < 0) errs.push(invalid(`${path}.generation`, meta.generation, 'must be greater than or equal to 0'))
  errs.push(...validateLabels(meta.labels, `${path}.labels`))
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`))
  return errs
}

const IMMUTABLE = 'field is immutable'

/** `ValidateObjectMetaUpdate`: identity fields cannot change; labels and annotations are re-checked. */
export function validateObjectMetaUpdate(next: Partial<ObjectMeta>, old: Partial<ObjectMeta>, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = []
  if ((next.name ?? '') !== (old.name ?? '')) errs.push(invalid(`${path}.name`, next.name ?? '', IMMUTABLE))
  if ((next.namespace ?? '') !== (old.namespace ?? '')) errs.push(invalid(`${path}.namespace`, next.namespace ?? '', IMMUTABLE))
  if ((next.uid ?? '') !== (old.uid ?? '')) errs.push(invalid(`${path}.uid`, next.uid ?? '', IMMUTABLE))
  errs.push(...validateLabels(next.labels, `${path}.labels`))
  errs.push(...validateAnnotations(next.annotations, `${path}.annotations`))
  return errs
}

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist']

/** `ValidateLabelSelector` (values checked as label values: AllowInvalidLabelValueInSelector is off on create). */
export function validateLabelSelector(sel: LabelSelector | undefined, path: string): FieldError[] {
  if (!sel) return []
  const errs: FieldError[] = []
  ;(sel.matchExpressions ?? []).forEach((req, i) => {
    const p = `${path}.matchExpressions[${i}]`
    const values = req.values ?? []
    const op: string = req.operator
    if (op === 'In' || op === 'NotIn') {
      if (values.length === 0) errs.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"))
    } else if (op === 'Exists' || op === 'DoesNotExist') {
      if (values.length > 0) errs.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
    } else {
      errs.push(invalid(`${p}.operator`, op, 'not a valid selector operator'))
    }
    errs.push(...validateLabelName(req.key, `${p}.key`))
    values.forEach((v, j) => {
      for (const msg of isValidLabelValue(v)) errs.push(invalid(`${p}.values[${j}]`, v, msg))
    })
  })
  errs.push(...validateLabels(sel.matchLabels, `${path}.matchLabels`))
  return errs
}

/**
 * `metav1.LabelSelectorAsSelector(sel).Matches(labels)`: undefined when the selector cannot be
 * converted (validation then skips the match check), false for a nil selector (`labels.Nothing()`).
 */
export function selectorMatches(sel: LabelSelector | undefined, labels: Record<string, string> | undefined): boolean | undefined {
  if (!sel) return false
  const l = labels ?? {}
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) {
    if (isQualifiedName(k).length || isValidLabelValue(v).length) return undefined
  }
  for (const e of sel.matchExpressions ?? []) {
    const values = e.values ?? []
    const op: string = e.operator
    if (!OPERATORS.includes(op) || isQualifiedName(e.key).length) return undefined
    if ((op === 'In' || op === 'NotIn') && values.length === 0) return undefined
    if ((op === 'Exists' || op === 'DoesNotExist') && values.length > 0) return undefined
  }
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.hasOwn(l, e.key)
    const values = e.values ?? []
    if (e.operator === 'In' && !(has && values.includes(l[e.key] ?? ''))) return false
    if (e.operator === 'NotIn' && has && values.includes(l[e.key] ?? '')) return false
    if (e.operator === 'Exists' && !has) return false
    if (e.operator === 'DoesNotExist' && has) return false
  }
  return true
}
