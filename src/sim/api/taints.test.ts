// Taints and tolerations as `Toleration.ToleratesTaint` and `GetMatchingTolerations` (k8s.io/api
// core/v1, pkg/apis/core/v1/helper) and the taint eviction controller's `getMinTolerationTime`
// define them: effect and key match when set, Exists ignores the value, Equal compares it; the
// smallest tolerationSeconds wins, ≤ 0 means now, none means forever.
import { describe, expect, it } from 'vitest'
import { matchingTolerations, minTolerationMs, taintText, toleratesTaint, untoleratedTaint } from './taints'
import type { Pod, Taint } from './types'

const unreachableNoExecute: Taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }
const unreachableNoSchedule: Taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' }
const defaultToleration = { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }

describe('toleratesTaint', () => {
  it('matches key and effect with Exists, whatever the value', () => {
    expect(toleratesTaint(defaultToleration, unreachableNoExecute)).toBe(true)
    expect(toleratesTaint(defaultToleration, { ...unreachableNoExecute, value: 'x' })).toBe(true)
    expect(toleratesTaint(defaultToleration, unreachableNoSchedule)).toBe(false)
    expect(toleratesTaint(defaultToleration, { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' })).toBe(false)
  })

  it('tolerates every taint with an empty key and Exists, and compares values with Equal', () => {
    expect(toleratesTaint({ operator: 'Exists' }, unreachableNoSchedule)).toBe(true)
    expect(toleratesTaint({ key: 'dedicated', operator: 'Equal', value: 'gpu' }, { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' })).toBe(true)
    expect(toleratesTaint({ key: 'dedicated', value: 'gpu' }, { key: 'dedicated', value: 'cpu', effect: 'NoSchedule' })).toBe(false)
  })
})

describe('matchingTolerations and minTolerationMs', () => {
  it('uses the first toleration that tolerates each taint', () => {
    const short = { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 }
    const r = matchingTolerations([unreachableNoExecute], [short, defaultToleration])
    expect(r).toEqual({ all: true, used: [short] })
    expect(minTolerationMs(r.used)).toBe(30_000)
  })

  it('reports a taint nobody tolerates, forever without tolerationSeconds, and now for ≤ 0', () => {
    expect(matchingTolerations([unreachableNoExecute], []).all).toBe(false)
    expect(minTolerationMs([{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }])).toBe(-1)
    expect(minTolerationMs([{ ...defaultToleration, tolerationSeconds: 0 }])).toBe(0)
    expect(minTolerationMs([defaultToleration, { ...defaultToleration, tolerationSeconds: 60 }])).toBe(60_000)
  })
})

describe('untoleratedTaint (the scheduler\'s TaintToleration filter)', () => {
  const pod = (tolerations: Pod['spec']['tolerations']): Pod => ({
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', uid: 'p', resourceVersion: '1', creationTimestamp: 0 },
    spec: { containers: [], tolerations }, status: { phase: 'Pending' },
  })

  it('finds the unreachable NoSchedule taint a pod with only the default tolerations does not tolerate', () => {
    expect(untoleratedTaint([unreachableNoExecute, unreachableNoSchedule], pod([defaultToleration]))).toEqual(unreachableNoSchedule)
    expect(untoleratedTaint([unreachableNoExecute], pod([defaultToleration]))).toBeUndefined()
    expect(untoleratedTaint([{ key: 'k', effect: 'PreferNoSchedule' }], pod([]))).toBeUndefined()
  })

  it('prints a taint as kubectl describe node does', () => {
    expect(taintText(unreachableNoExecute)).toBe('node.kubernetes.io/unreachable:NoExecute')
    expect(taintText({ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' })).toBe('dedicated=gpu:NoSchedule')
  })
})
