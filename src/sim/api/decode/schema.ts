// A small description of the v1 Go types, enough to decode JSON as the apiserver's strict
// decoder does (sigs.k8s.io/json): which fields exist, and the Go type names its errors print
// (`of type int32`, `of type []v1.Container`). Pointers are not marked: Go reports the type
// pointed to, and treats `null` as "absent" for every kind of field.

export type FieldType =
  | { k: 'string'; go: string }
  | { k: 'int'; go: string; bits: 32 | 64 }
  | { k: 'bool'; go: string }
  | { k: 'struct'; go: string; schema: () => StructSchema }
  | { k: 'slice'; go: string; elem: FieldType }
  | { k: 'map'; go: string; elem: FieldType }
  /** A struct the simulator does not model field by field: only its JSON kind is checked. */
  | { k: 'opaqueStruct'; go: string }
  /** A list the simulator does not model: only its JSON kind is checked. */
  | { k: 'opaqueSlice'; go: string }
  /** Anything (status, timestamps): accepted as is. */
  | { k: 'any'; go: string }
  /** resource.Quantity: custom UnmarshalJSON. */
  | { k: 'quantity'; go: string }
  /** intstr.IntOrString: custom UnmarshalJSON. */
  | { k: 'intOrString'; go: string }

export interface StructSchema {
  /** The Go struct name, as errors print it (`JobSpec`). */
  name: string
  fields: Record<string, FieldType>
  /** Fields materialized as `{}` when absent, so later code can rely on them (Go's zero struct). */
  zero?: readonly string[]
}

export const str: FieldType = { k: 'string', go: 'string' }
export const i32: FieldType = { k: 'int', go: 'int32', bits: 32 }
export const i64: FieldType = { k: 'int', go: 'int64', bits: 64 }
export const bool: FieldType = { k: 'bool', go: 'bool' }
export const any: FieldType = { k: 'any', go: 'interface {}' }
export const quantity: FieldType = { k: 'quantity', go: 'resource.Quantity' }
export const intOrString: FieldType = { k: 'intOrString', go: 'intstr.IntOrString' }

/** A named string type (`v1.RestartPolicy`). */
export const named = (go: string): FieldType => ({ k: 'string', go })
export const struct = (go: string, schema: () => StructSchema): FieldType => ({ k: 'struct', go, schema })
export const opaque = (go: string): FieldType => ({ k: 'opaqueStruct', go })
export const opaqueList = (elemGo: string): FieldType => ({ k: 'opaqueSlice', go: `[]${elemGo}` })
export const slice = (elem: FieldType): FieldType => ({ k: 'slice', go: `[]${elem.go}`, elem })
export const map = (elem: FieldType, keyGo = 'string'): FieldType => ({ k: 'map', go: `map[${keyGo}]${elem.go}`, elem })
export const stringMap: FieldType = map(str)
