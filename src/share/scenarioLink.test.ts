import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBase64url, encodeBase64url } from './base64url'
import { decodeScenarioFragment, encodeScenarioFragment, type SharedScenario } from './scenarioLink'

const sample: SharedScenario = {
  files: { 'job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello\n' },
  steps: [{ at: '0s', run: 'kubectl apply -f job.yaml' }],
  seed: 7,
  playhead: 42_000,
}

describe('base64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const text = encodeBase64url(bytes)
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/)
      expect(decodeBase64url(text)).toEqual(bytes)
    }))
  })
  it('refuses foreign characters', () => {
    expect(decodeBase64url('ab+c')).toBeNull()
    expect(decodeBase64url('abcde')).toBeNull()
  })
})

describe('scenario links', () => {
  it('round-trips a scenario under a versioned prefix', () => {
    const frag = encodeScenarioFragment(sample)
    expect(frag.startsWith('#s=1.')).toBe(true)
    expect(decodeScenarioFragment(frag)).toEqual({ ok: true, scenario: sample })
  })

  it.each([
    ['', 'does not hold a scenario'],
    ['#s=2.abcd', 'newer playground'],
    ['#s=1.<script>', 'does not hold a scenario'],
    ['#s=1.AAAA', 'cannot be unpacked'],
  ])('explains what is wrong with %j', (frag, reason) => {
    const r = decodeScenarioFragment(frag)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toContain(reason)
  })

  it('never throws on a truncated link', () => {
    const frag = encodeScenarioFragment(sample)
    for (let cut = 5; cut < frag.length; cut++) {
      const r = decodeScenarioFragment(frag.slice(0, cut))
      expect(typeof r.ok).toBe('boolean')
    }
  })
})
