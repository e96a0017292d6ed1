// A new pod for a Job (`manageJob` → `GetPodFromTemplate`, `CreatePodsWithGenerateName`, and the
// Indexed helpers `addCompletionIndexAnnotation`, `addCompletionIndexLabel`,
// `addCompletionIndexEnvVariables`; reference/job-controller.md §1.3–§1.4).
import type { Container, Job, Pod } from '../../api/types'
import { INDEX_ANNOTATION, TRACKING_FINALIZER } from './podState'

const MAX_GENERATE_NAME = 58

/** `podGenerateNameWithIndex`: keeps `-<index>-` when the name must be cut. */
export function generateNameFor(job: Job, index: number | null): string {
  if (index === null) return `${job.metadata.name}-`
  const suffix = `-${index}-`
  const base = job.metadata.name
  return base.length + suffix.length > MAX_GENERATE_NAME ? `${base.slice(0, MAX_GENERATE_NAME - suffix.length)}${suffix}` : `${base}${suffix}`
}

function withIndexEnv(c: Container): Container {
  if (c.env?.some((e) => e.name === 'JOB_COMPLETION_INDEX')) return c
  return {
    ...c,
    env: [...(c.env ?? []), { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: `metadata.labels['${INDEX_ANNOTATION}']` } } }],
  }
}

/** `extraAnnotations`: the per-index failure counts (backoffLimitPerIndex), added like the index annotation. */
export function podFromTemplate(job: Job, index: number | null, extraAnnotations?: Record<string, string>): Pod {
  const t = job.spec.template
  const labels = { ...(t.metadata?.labels ?? {}) }
  const annotations = { ...(t.metadata?.annotations ?? {}) }
  // Shallow: pods never change their containers or volumes, and 10,000 pods share one template.
  const spec = { ...t.spec }
  if (index !== null) {
    annotations[INDEX_ANNOTATION] = String(index)
    Object.assign(annotations, extraAnnotations)
    labels[INDEX_ANNOTATION] = String(index)
    spec.hostname = `${job.metadata.name}-${index}`
    spec.containers = spec.containers.map(withIndexEnv)
    if (spec.initContainers) spec.initContainers = spec.initContainers.map(withIndexEnv)
  }
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: '',
      generateName: generateNameFor(job, index),
      namespace: job.metadata.namespace ?? 'default',
      uid: '',
      resourceVersion: '',
      creationTimestamp: 0,
      labels,
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: job.metadata.name, uid: job.metadata.uid, controller: true, blockOwnerDeletion: true }],
      finalizers: [TRACKING_FINALIZER],
    },
    spec,
    status: { phase: 'Pending' },
  }
}
