// The Eviction API's condition (eviction.go `addConditionAndDeletePod`, 1.34): type DisruptionTarget,
// status True, reason EvictionByEvictionAPI, message "Eviction API: evicting", with
// `UpdatePodCondition` semantics (the transition time moves only when the status changes).
import { describe, expect, it } from 'vitest'
import type { Pod } from './types'
import { setDisruptionTarget } from './eviction'

const pod = (conditions: Pod['status']['conditions']): Pod => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', uid: 'p', resourceVersion: '1', creationTimestamp: 0 },
  spec: { containers: [] }, status: { phase: 'Running', ...(conditions ? { conditions } : {}) },
})

describe('DisruptionTarget from the Eviction API', () => {
  it('appends the condition after the existing ones', () => {
    const p = pod([{ type: 'PodScheduled', status: 'True', lastTransitionTime: 100 }])
    expect(setDisruptionTarget(p, 5000)).toBe(true)
    expect(p.status.conditions).toEqual([
      { type: 'PodScheduled', status: 'True', lastTransitionTime: 100 },
      { type: 'DisruptionTarget', status: 'True', lastTransitionTime: 5000, reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' },
    ])
  })

  it('changes nothing on a second eviction, and keeps the transition time when only the reason differs', () => {
    const p = pod(undefined)
    setDisruptionTarget(p, 5000)
    expect(setDisruptionTarget(p, 9000)).toBe(false)
    p.status.conditions![0]!.reason = 'PreemptionByScheduler'
    expect(setDisruptionTarget(p, 9000)).toBe(true)
    expect(p.status.conditions![0]).toMatchObject({ reason: 'EvictionByEvictionAPI', lastTransitionTime: 5000 })
  })
})
