import { describe, expect, it } from 'vitest'
import { job } from '../../sim/api/printers/testObjects'
import { goJsonString } from './goJson'
import { objectOutput, printList, printObject, toApiJson } from './objectOutput'

// Expected text: kubectl's -o json (json.MarshalIndent with 4 spaces, HTML escaped as
// `\u003e`, keys sorted) and -o yaml (`kind: List` with `metadata.resourceVersion: ""` for
// several objects), metav1.Time as RFC3339 (`2026-01-03T01:46:29Z`).
const EPOCH = Date.UTC(2026, 0, 3, 1, 46, 0)

describe('object output', () => {
  it('turns stored times into RFC3339 strings and drops undefined fields', () => {
    const j = job('hello', {}, { startTime: 29_400, succeeded: undefined })
    const api = toApiJson(j, EPOCH) as { metadata: Record<string, unknown>; status: Record<string, unknown> }
    expect(api.metadata['creationTimestamp']).toBe('2026-01-03T01:46:00Z')
    expect(api.status).toEqual({ startTime: '2026-01-03T01:46:29Z' })
  })

  it('prints -o json like Go: sorted keys, 4-space indent, HTML escaping', () => {
    expect(goJsonString('echo "$(date)" > /data/x & <b>')).toBe('"echo \\"$(date)\\" \\u003e /data/x \\u0026 \\u003cb\\u003e"')
    const out = printObject(job('hello', {}, {}), 'json', EPOCH)
    expect(out.startsWith('{\n    "apiVersion": "batch/v1",\n    "kind": "Job",\n    "metadata": {\n        "creationTimestamp": "2026-01-03T01:46:00Z",\n')).toBe(true)
    expect(out.endsWith('    "status": {}\n}\n')).toBe(true)
  })

  it('wraps several objects in a List', () => {
    expect(printList([], 'yaml', EPOCH)).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n')
    const out = printList([job('a'), job('b')], 'yaml', EPOCH)
    expect(out.startsWith('apiVersion: v1\nitems:\n- apiVersion: batch/v1\n  kind: Job\n  metadata:\n    creationTimestamp: "2026-01-03T01:46:00Z"\n')).toBe(true)
    expect(out.endsWith('  status: {}\nkind: List\nmetadata:\n  resourceVersion: ""\n')).toBe(true)
  })

  it('prints a single object as itself and an array as a List', () => {
    expect(objectOutput(job('a'), 'yaml', EPOCH).startsWith('apiVersion: batch/v1\nkind: Job\n')).toBe(true)
    expect(objectOutput([job('a')], 'yaml', EPOCH).startsWith('apiVersion: v1\nitems:\n- apiVersion: batch/v1\n')).toBe(true)
  })
})
