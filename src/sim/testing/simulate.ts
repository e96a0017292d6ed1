// Runs objects in a fresh cluster for tests of the core: create them at t = 0, run until a time,
// and read the trace. (Scenario files and kubectl live above the core; this needs neither.)
import type { Job, KubeObject, Pod } from '../api/types'
import { Cluster } from '../cluster'
import type { TraceEvent } from '../trace/events'

export function jobObject(name: string, spec: Partial<Job['spec']> & { containers: Pod['spec']['containers']; restartPolicy?: 'Never' | 'OnFailure' }): Job {
  const { containers, restartPolicy, ...rest } = spec
  return {
    apiVersion: 'batch/v1', kind: 'Job',
    metadata: { name, namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: 0 },
    spec: { ...rest, template: { spec: { restartPolicy: restartPolicy ?? 'Never', containers } } },
    status: {},
  }
}

export function runObjects(objects: KubeObject[], untilMs: number, seed = 1) {
  const cluster = new Cluster({ seed })
  for (const o of objects) {
    const r = cluster.api.create(o)
    if (!r.ok) throw new Error(r.error.message)
  }
  cluster.run(untilMs)
  const events = cluster.trace.events
  const of = <T extends TraceEvent['type']>(type: T) => events.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type)
  return { cluster, events, of }
}
