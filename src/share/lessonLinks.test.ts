// Every lesson's scenario survives a share link unchanged, and its link stays short enough to
// paste anywhere (DESIGN §4.3: a typical lesson link is under 2,000 characters).
import { describe, expect, it } from 'vitest'
import { LESSONS } from '../scenario/lessons'
import { lessonScenario } from '../scenario/lessons/scenarioOf'
import { runScenario } from '../scenario/run'
import type { Scenario } from '../scenario/scenario'
import { decodeScenarioFragment, encodeScenarioFragment } from './scenarioLink'
import { formatStepTime, fromSharedScenario, shareUrl, toSharedScenario } from './sharedScenario'

const BASE = 'https://playground.example/'

function scenarioOf(id: string): Scenario {
  const l = LESSONS.find((x) => x.id === id)
  const p = l && lessonScenario(l)
  if (!p?.ok) throw new Error(`lesson ${id} does not parse`)
  return p.scenario
}

const stripLines = (s: Scenario) => ({ ...s, title: undefined, steps: s.steps.map(({ at, run }) => ({ at, run })) })

describe.each(LESSONS.map((l) => [l.id] as const))('the share link of lesson %s', (id) => {
  const scenario = scenarioOf(id)
  const fragment = encodeScenarioFragment(toSharedScenario(scenario, { playhead: 54_000 }))
  const url = shareUrl(BASE, fragment)

  it('decodes to the same files, steps and seed, and the playhead', () => {
    const d = decodeScenarioFragment(new URL(url).hash)
    expect(d.ok).toBe(true)
    if (!d.ok) return
    expect(d.scenario.playhead).toBe(54_000)
    const back = fromSharedScenario(d.scenario)
    expect(back.ok).toBe(true)
    if (back.ok) expect(stripLines(back.scenario)).toEqual({ ...stripLines(scenario), seed: scenario.seed ?? 1 })
  })

  it('refuses a cut-short copy with a typed error, never a partial scenario', () => {
    for (const cut of [fragment.length - 1, fragment.length - 7, Math.floor(fragment.length / 2), 8]) {
      const d = decodeScenarioFragment(fragment.slice(0, cut))
      expect(d.ok, `cut at ${cut}`).toBe(false)
      if (!d.ok) expect(['bad-characters', 'cannot-unpack', 'invalid']).toContain(d.code)
    }
  })

  it('is under 2,000 characters', () => {
    console.info(`link length ${id}: ${url.length}`)
    expect(url.length).toBeLessThan(2000)
  })
})

describe('shared scenarios', () => {
  it('restore exactly the same timeline', () => {
    const s = scenarioOf('job-completions-gt-parallelism')
    const d = decodeScenarioFragment(encodeScenarioFragment(toSharedScenario({ ...s, seed: 7, epochMs: Date.parse('2026-02-01T10:00:00Z') })))
    if (!d.ok) throw new Error(d.reason)
    const back = fromSharedScenario(d.scenario)
    if (!back.ok) throw new Error(back.reason)
    expect(JSON.stringify(runScenario(back.scenario).trace)).toBe(JSON.stringify(runScenario({ ...s, seed: 7, epochMs: Date.parse('2026-02-01T10:00:00Z') }).trace))
  })
  it('write step times that read back to the same milliseconds', () => {
    expect(formatStepTime(0)).toBe('0s')
    expect(formatStepTime(90_000)).toBe('90s')
    expect(formatStepTime(1500)).toBe('1500ms')
  })
  it('report a step time that does not read instead of throwing', () => {
    const r = fromSharedScenario({ files: {}, steps: [{ at: 'soon', run: 'kubectl get pods' }], seed: 1 })
    expect(r).toMatchObject({ ok: false })
  })
  it('replace an old fragment in the page address', () => {
    expect(shareUrl('https://x.test/?lesson=a#s=1.old', '#s=1.new')).toBe('https://x.test/?lesson=a#s=1.new')
  })
})
