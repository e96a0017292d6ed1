import { describe, expect, it } from 'vitest'
import { decodeCompareFragment, encodeCompareFragment, isCompareFragment } from './compareLink'
import { encodeScenarioFragment, type SharedScenario } from './scenarioLink'

const a: SharedScenario = {
  files: { 'job.yaml': 'kind: Job\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n' },
  steps: [{ at: '0s', run: 'kubectl apply -f job.yaml' }],
  seed: 7,
  playhead: 30_000,
}
const b: SharedScenario = { ...a, files: { 'job.yaml': a.files['job.yaml']!.replace('Never', 'OnFailure') }, playhead: undefined }
delete b.playhead

describe('compare links', () => {
  it('round-trip two scenarios under a versioned #c= prefix', () => {
    const frag = encodeCompareFragment(a, b)
    expect(frag).toMatch(/^#c=1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
    expect(isCompareFragment(frag)).toBe(true)
    expect(decodeCompareFragment(frag)).toEqual({ ok: true, a, b })
  })

  it('carry each side exactly as a share link of it would', () => {
    const frag = encodeCompareFragment(a, b)
    const payloadA = encodeScenarioFragment(a).slice('#s=1.'.length)
    expect(frag.startsWith(`#c=1.${payloadA}.`)).toBe(true)
  })

  it('say which side of a damaged link cannot be read', () => {
    const [head, pa, pb] = encodeCompareFragment(a, b).split('.') as [string, string, string]
    expect(decodeCompareFragment(`${head}.${pa}.${pb.slice(0, 12)}`)).toMatchObject({ ok: false, code: 'cannot-unpack', reason: expect.stringMatching(/^Scenario B: The link is damaged or cut short/) })
    expect(decodeCompareFragment(`${head}.${pa.replace(/./, '+')}.${pb}`)).toMatchObject({ ok: false, code: 'bad-characters' })
    expect(decodeCompareFragment(`${head}.${pa.slice(0, 12)}.${pb}`)).toMatchObject({ ok: false, reason: expect.stringMatching(/^Scenario A: The link is damaged or cut short/) })
  })

  it('refuse a fragment with one payload, and a newer format', () => {
    const [, pa] = encodeCompareFragment(a, b).split('.')
    expect(decodeCompareFragment(`#c=1.${pa}`)).toMatchObject({ ok: false, code: 'no-scenario' })
    expect(decodeCompareFragment(`#c=2.${pa}.${pa}`)).toMatchObject({ ok: false, code: 'newer-version', reason: 'The link was made by a newer playground (format 2).' })
    expect(isCompareFragment('#s=1.abc')).toBe(false)
  })
})
