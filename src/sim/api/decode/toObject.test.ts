import { describe, expect, it } from 'vitest'
import { decodeObject } from './decode'
import { toKubeObject } from './toObject'

describe('toKubeObject', () => {
  it('adds empty server-owned fields and the initial status', () => {
    const r = decodeObject({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [] } })
    if (!r.ok) throw new Error(r.error)
    const pod = toKubeObject(r.object)
    expect(pod.metadata).toEqual({ name: 'p', uid: '', resourceVersion: '', creationTimestamp: 0 })
    expect(pod.status).toEqual({ phase: 'Pending' })
  })
})
