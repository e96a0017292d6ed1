import { describe, expect, it } from 'vitest'
import { formatLabelSelector, formatLabels, selectorString } from './labelText'

// Expected strings: reference §4.1 (`Selector:  batch.kubernetes.io/controller-uid=<uid>`), the
// seed's `kubectl describe job demo-job-write` labels, and apimachinery's documented selector
// syntax (`k in (a,b)`, `!k`).
describe('label and selector text', () => {
  const uid = '8438f59c-d4c9-4a28-a90e-36cd80553d8a'

  it('sorts labels by key and joins them with commas', () => {
    expect(formatLabels({ 'job-name': 'demo-job-write', 'controller-uid': uid })).toBe(`controller-uid=${uid},job-name=demo-job-write`)
    expect(formatLabels({})).toBe('<none>')
    expect(formatLabels(undefined)).toBe('<none>')
  })

  it('prints a job selector as key=value', () => {
    expect(selectorString({ matchLabels: { 'batch.kubernetes.io/controller-uid': uid } })).toBe(`batch.kubernetes.io/controller-uid=${uid}`)
  })

  it('prints expressions sorted by key with sorted values', () => {
    const sel = {
      matchLabels: { tier: 'web' },
      matchExpressions: [
        { key: 'zone', operator: 'NotIn' as const, values: ['b', 'a'] },
        { key: 'app', operator: 'In' as const, values: ['y', 'x'] },
        { key: 'gone', operator: 'DoesNotExist' as const },
        { key: 'has', operator: 'Exists' as const },
      ],
    }
    expect(selectorString(sel)).toBe('app in (x,y),!gone,has,tier=web,zone notin (a,b)')
  })

  it('prints <none> for an empty or missing selector in -o wide', () => {
    expect(formatLabelSelector(undefined)).toBe('<none>')
    expect(formatLabelSelector({})).toBe('<none>')
  })
})
