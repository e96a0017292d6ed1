// `kubectl get -o yaml` / `-o json` (cli-runtime YAMLPrinter/JSONPrinter over the unstructured
// object the apiserver sent): times as RFC3339 strings, keys sorted as Go sorts map keys, several
// objects wrapped in `kind: List` (get.go printGeneric). managedFields are hidden by default.
import type { KubeObject } from '../../sim/api/types'
import { toGoJson } from './goJson'
import { toGoYaml, type JsonValue } from './goYaml'
import { rfc3339 } from './timeFormat'

/** Fields the model stores as simulated milliseconds and the API serializes as metav1.Time. */
const TIME_KEYS = new Set([
  'creationTimestamp', 'deletionTimestamp', 'startTime', 'completionTime', 'lastProbeTime', 'lastTransitionTime', 'startedAt', 'finishedAt',
  'firstTimestamp', 'lastTimestamp', 'eventTime', 'lastObservedTime', 'lastHeartbeatTime', 'lastUpdateTime', 'time',
])

/** The object as the API serializes it: plain JSON, times as `2026-01-03T01:46:29Z`, no undefined. */
export function toApiJson(value: unknown, epochMs: number, key?: string): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value
  if (typeof value === 'number') return key !== undefined && TIME_KEYS.has(key) ? rfc3339(epochMs, value) : value
  if (Array.isArray(value)) return value.map((v) => toApiJson(v, epochMs))
  if (typeof value === 'object') {
    const out: { [k: string]: JsonValue } = {}
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function' || k === 'managedFields') continue
      out[k] = toApiJson(v, epochMs, k)
    }
    return out
  }
  return null
}

export type ObjectFormat = 'yaml' | 'json'

const render = (doc: JsonValue, format: ObjectFormat): string => (format === 'json' ? toGoJson(doc) : toGoYaml(doc))

/** One object, as `kubectl get job x -o yaml` prints it. */
export function printObject(obj: KubeObject, format: ObjectFormat, epochMs: number): string {
  return render(toApiJson(obj, epochMs), format)
}

/**
 * Zero or several objects (or a list request): `apiVersion: v1`, `items`, `kind: List`,
 * `metadata: {resourceVersion: ""}`.
 */
export function printList(objs: readonly KubeObject[], format: ObjectFormat, epochMs: number): string {
  const list = { apiVersion: 'v1', items: objs.map((o) => toApiJson(o, epochMs)), kind: 'List', metadata: { resourceVersion: '' } }
  return render(list, format)
}

/** One object as itself; an array (zero or several objects) as a `kind: List`. */
export function objectOutput(value: KubeObject | readonly KubeObject[], format: ObjectFormat, epochMs: number): string {
  return Array.isArray(value) ? printList(value, format, epochMs) : printObject(value as KubeObject, format, epochMs)
}
