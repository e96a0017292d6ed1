import { describe, expect, it } from 'vitest'
import { matchesMap, matchesSelector, parseSelector } from './labels'

const pod = { 'job-name': 'demo', 'batch.kubernetes.io/job-completion-index': '0', tier: 'web' }

describe('label selectors', () => {
  it('matches matchLabels and matchExpressions', () => {
    expect(matchesSelector(pod, { matchLabels: { 'job-name': 'demo' } })).toBe(true)
    expect(matchesSelector(pod, { matchLabels: { 'job-name': 'other' } })).toBe(false)
    expect(matchesSelector(pod, { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'db'] }] })).toBe(true)
    expect(matchesSelector(pod, { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['web'] }] })).toBe(false)
    expect(matchesSelector(pod, { matchExpressions: [{ key: 'gone', operator: 'DoesNotExist' }] })).toBe(true)
    expect(matchesSelector(pod, undefined)).toBe(false)
  })

  it('treats an empty Service selector as matching nothing', () => {
    expect(matchesMap(pod, {})).toBe(false)
    expect(matchesMap(pod, { 'job-name': 'demo' })).toBe(true)
  })

  it.each([
    ['batch.kubernetes.io/job-completion-index=0', true],
    ['batch.kubernetes.io/job-completion-index=1', false],
    ['job-name==demo,tier=web', true],
    ['tier!=web', false],
    ['tier', true],
    ['!tier', false],
    ['tier in (db, web)', true],
    ['tier notin (web)', false],
  ])('parses -l %s', (text, want) => {
    const s = parseSelector(text)
    expect(s.ok).toBe(true)
    if (s.ok) expect(s.test(pod)).toBe(want)
  })

  it('refuses what it cannot read', () => {
    expect(parseSelector('a=b,,c').ok).toBe(false)
    expect(parseSelector('a ~ b').ok).toBe(false)
  })
})
