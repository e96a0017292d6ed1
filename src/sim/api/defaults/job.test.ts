import { describe, expect, it } from 'vitest'
import type { JobManifest } from '../decode'
import { defaultJob } from './job'

const manifest = (spec: Record<string, unknown>, labels?: Record<string, string>): JobManifest => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'pi' },
  spec: { template: { ...(labels ? { metadata: { labels } } : {}), spec: { containers: [{ name: 'pi', image: 'busybox' }] } }, ...spec },
}) as JobManifest

// reference/job-controller.md §1.1 ("Spec defaults — SetDefaults_Job").
describe('defaultJob', () => {
  it('makes a Job with neither completions nor parallelism a single pod', () => {
    const s = defaultJob(manifest({})).spec
    expect([s.completions, s.parallelism]).toEqual([1, 1])
  })

  it('defaults parallelism to 1 and never invents completions', () => {
    expect(defaultJob(manifest({ completions: 5 })).spec.parallelism).toBe(1)
    const workQueue = defaultJob(manifest({ parallelism: 5 })).spec
    expect(workQueue.parallelism).toBe(5)
    expect(workQueue.completions).toBeUndefined()
  })

  it('defaults backoffLimit to 6, or MaxInt32 with backoffLimitPerIndex', () => {
    expect(defaultJob(manifest({})).spec.backoffLimit).toBe(6)
    expect(defaultJob(manifest({ backoffLimitPerIndex: 1, completionMode: 'Indexed', completions: 2 })).spec.backoffLimit).toBe(2147483647)
    expect(defaultJob(manifest({ backoffLimit: 0 })).spec.backoffLimit).toBe(0)
  })

  it('defaults completionMode, suspend and manualSelector', () => {
    const s = defaultJob(manifest({})).spec
    expect([s.completionMode, s.suspend, s.manualSelector]).toEqual(['NonIndexed', false, false])
  })

  it('defaults podReplacementPolicy by podFailurePolicy, and pattern status to True', () => {
    expect(defaultJob(manifest({})).spec.podReplacementPolicy).toBe('TerminatingOrFailed')
    const s = defaultJob(manifest({ podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] } })).spec
    expect(s.podReplacementPolicy).toBe('Failed')
    expect(s.podFailurePolicy?.rules[0]?.onPodConditions?.[0]?.status).toBe('True')
  })

  it('copies the template labels when the Job has none', () => {
    expect(defaultJob(manifest({}, { app: 'pi' })).metadata.labels).toEqual({ app: 'pi' })
    const own = manifest({}, { app: 'pi' })
    own.metadata.labels = { team: 'x' }
    expect(defaultJob(own).metadata.labels).toEqual({ team: 'x' })
    expect(defaultJob(manifest({})).metadata.labels).toBeUndefined()
  })

  it('defaults the template restartPolicy to Always (which validation then rejects)', () => {
    expect(defaultJob(manifest({})).spec.template.spec.restartPolicy).toBe('Always')
  })

  it('does not change its argument', () => {
    const m = manifest({})
    defaultJob(m)
    expect(m.spec.completions).toBeUndefined()
  })
})
