// A fingerprint of a scenario's inputs (files, steps, seed, start time, nodes): a prediction is
// about one run, and these are everything the run depends on. FNV-1a over a canonical JSON: not
// for security, only to notice that the learner changed something since locking in.
import type { ScenarioInput } from '../../worker/simClient'

export function inputHash(input: ScenarioInput): string {
  const files = Object.keys(input.files).sort().map((f) => [f, input.files[f]])
  const text = JSON.stringify([files, input.steps.map((s) => [s.at, s.run]), input.seed, input.startTime ?? null, input.nodes ?? null])
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}
