import { describe, expect, it } from 'vitest'
import type { Job } from '../types'
import { prepareJobForCreate, prepareJobForUpdate } from './prepareJob'

const UID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'
const job = (extra: Partial<Job['spec']> = {}, tplLabels?: Record<string, string>, labels?: Record<string, string>): Job => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'pi', namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: 0, ...(labels ? { labels } : {}) },
  spec: { manualSelector: false, template: { ...(tplLabels ? { metadata: { labels: tplLabels } } : {}), spec: { containers: [] } }, ...extra },
  status: { active: 3 },
})

// reference/job-controller.md §1.2 ("Generated selector and template labels").
describe('prepareJobForCreate', () => {
  it('adds the four template labels and selects on the controller-uid label alone', () => {
    const j = prepareJobForCreate(job(), UID)
    expect(j.spec.template.metadata?.labels).toEqual({
      'job-name': 'pi', 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': UID, 'batch.kubernetes.io/controller-uid': UID,
    })
    expect(j.spec.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': UID } })
  })

  it('clears status and sets generation 1', () => {
    const j = prepareJobForCreate(job(), UID)
    expect(j.status).toEqual({})
    expect(j.metadata.generation).toBe(1)
  })

  it('adds a label only where the key is absent', () => {
    const j = prepareJobForCreate(job({}, { 'job-name': 'other', app: 'pi' }), UID)
    expect(j.spec.template.metadata?.labels?.['job-name']).toBe('other')
    expect(j.spec.template.metadata?.labels?.['app']).toBe('pi')
  })

  it('gives a Job without labels the template labels', () => {
    // §1.1: "a Job created without labels is normally shown with the four generated labels on metadata.labels".
    expect(prepareJobForCreate(job(), UID).metadata.labels?.['batch.kubernetes.io/controller-uid']).toBe(UID)
    expect(prepareJobForCreate(job({}, undefined, { team: 'x' }), UID).metadata.labels).toEqual({ team: 'x' })
  })

  it('leaves a manual selector alone', () => {
    const j = prepareJobForCreate(job({ manualSelector: true, selector: { matchLabels: { app: 'pi' } } }, { app: 'pi' }), UID)
    expect(j.spec.selector).toEqual({ matchLabels: { app: 'pi' } })
    expect(j.spec.template.metadata?.labels).toEqual({ app: 'pi' })
  })
})

describe('prepareJobForUpdate', () => {
  it('keeps the stored status and bumps the generation on a spec change', () => {
    const old = { ...prepareJobForCreate(job(), UID), status: { active: 1 } }
    const same = prepareJobForUpdate(old, { ...old, status: {} })
    expect([same.metadata.generation, same.status.active]).toEqual([1, 1])
    const changed = prepareJobForUpdate(old, { ...old, spec: { ...old.spec, parallelism: 3 } })
    expect(changed.metadata.generation).toBe(2)
  })
})
