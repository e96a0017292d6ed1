// Between the runnable Scenario (times in ms) and what a link carries (times as text, so a link
// reads like the YAML it came from). Only inputs cross: files, steps, seed, start time.
import { parseStepTime } from '../scenario/duration'
import type { Scenario } from '../scenario/scenario'
import type { SharedScenario } from './scenarioLink'

/** 90000 → `90s`, 1500 → `1500ms`: the shortest text parseStepTime reads back exactly. */
export function formatStepTime(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`
}

export function toSharedScenario(s: Scenario, view: { playhead?: number; selectedPod?: string } = {}): SharedScenario {
  const out: SharedScenario = {
    files: { ...s.files },
    steps: s.steps.map((st) => ({ at: formatStepTime(st.at), run: st.run })),
    seed: s.seed ?? 1,
  }
  if (s.epochMs !== undefined) out.startTime = new Date(s.epochMs).toISOString()
  if (s.nodes !== undefined && s.nodes !== 1) out.nodes = s.nodes
  if (view.playhead !== undefined) out.playhead = view.playhead
  if (view.selectedPod !== undefined) out.selectedPod = view.selectedPod
  return out
}

export type FromShared = { ok: true; scenario: Scenario } | { ok: false; reason: string }

/** Back to a runnable Scenario; a step time that does not read is reported, not thrown. */
export function fromSharedScenario(s: SharedScenario): FromShared {
  const steps: Scenario['steps'] = []
  for (const [i, st] of s.steps.entries()) {
    const at = parseStepTime(st.at)
    if (!at.ok) return { ok: false, reason: `The link's step ${i + 1}: ${at.error}` }
    steps.push({ at: at.value, run: st.run })
  }
  const out: Scenario = { files: { ...s.files }, steps, seed: s.seed }
  if (s.startTime !== undefined) out.epochMs = Date.parse(s.startTime)
  if (s.nodes !== undefined) out.nodes = s.nodes
  return out.epochMs !== undefined && Number.isNaN(out.epochMs) ? { ok: false, reason: 'The link\'s start time is not a date.' } : { ok: true, scenario: out }
}

/** A full share URL: the page's address without its old fragment, plus the scenario fragment. */
export function shareUrl(pageUrl: string, fragment: string): string {
  const hash = pageUrl.indexOf('#')
  return (hash < 0 ? pageUrl : pageUrl.slice(0, hash)) + fragment
}
