// Patches and apply merges over plain JSON: RFC 7386 merge patch (null deletes, objects merge,
// arrays replace), and the strategic flavour kubectl uses by default, which merges lists of
// named items (containers, env, volumes, volumeMounts, ports) by `name`.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const MERGE_BY_NAME = new Set(['containers', 'initContainers', 'env', 'volumes', 'volumeMounts', 'ports'])

export function mergePatch<T>(target: T, patch: unknown, strategic = false, key = ''): T {
  if (!isObject(patch)) {
    if (strategic && Array.isArray(patch) && Array.isArray(target) && MERGE_BY_NAME.has(key)) return mergeNamedLists(target, patch) as T
    return patch as T
  }
  const base: Record<string, unknown> = isObject(target) ? { ...target } : {}
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete base[k]
    else base[k] = mergePatch(base[k], v, strategic, k)
  }
  return base as T
}

function mergeNamedLists(target: unknown[], patch: unknown[]): unknown[] {
  const out = [...target]
  for (const item of patch) {
    const name = isObject(item) ? item.name : undefined
    const i = name === undefined ? -1 : out.findIndex((x) => isObject(x) && x.name === name)
    if (i >= 0) out[i] = mergePatch(out[i], item, true)
    else out.push(item)
  }
  return out
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a as Json)) === JSON.stringify(sortKeys(b as Json))
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (isObject(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, Json>)[k]!)]))
  return v
}

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T
