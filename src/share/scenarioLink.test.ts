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

  it('carries the number of nodes, and refuses one out of range', () => {
    const two = { ...sample, nodes: 2 }
    expect(decodeScenarioFragment(encodeScenarioFragment(two))).toEqual({ ok: true, scenario: two })
    const r = decodeScenarioFragment(encodeScenarioFragment({ ...sample, nodes: 40 }))
    expect(r).toMatchObject({ ok: false, code: 'invalid' })
  })

  it.each([
    ['', 'no-scenario', 'does not hold a scenario'],
    ['#s=2.abcd', 'newer-version', 'newer playground'],
    ['#s=1.<script>', 'no-scenario', 'does not hold a scenario'],
    ['#s=1.abcde', 'bad-characters', 'characters a scenario link never has'],
    ['#s=1.AAAA', 'cannot-unpack', 'cannot be unpacked'],
    [encodeScenarioFragment({ files: { a: 1 } } as unknown as SharedScenario), 'invalid', 'file a is not text'],
  ])('explains what is wrong with %j', (frag, code, reason) => {
    const r = decodeScenarioFragment(frag)
    expect(r).toMatchObject({ ok: false, code })
    if (!r.ok) expect(r.reason).toContain(reason)
  })

  it('keeps a start time and drops one that is not a date', () => {
    const ok = decodeScenarioFragment(encodeScenarioFragment({ ...sample, startTime: '2026-01-03T01:46:00.000Z' }))
    expect(ok).toMatchObject({ ok: true, scenario: { startTime: '2026-01-03T01:46:00.000Z' } })
    const bad = decodeScenarioFragment(encodeScenarioFragment({ ...sample, startTime: 'yesterday' }))
    expect(bad.ok && bad.scenario.startTime).toBe(undefined)
  })

  it('never throws on a truncated link', () => {
    const frag = encodeScenarioFragment(sample)
    for (let cut = 5; cut < frag.length; cut++) {
      const r = decodeScenarioFragment(frag.slice(0, cut))
      expect(typeof r.ok).toBe('boolean')
    }
  })
})
