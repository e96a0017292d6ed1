// Lessons and share links hold scenarios in their own shapes (YAML text, a decoded link); the store
// holds the SimClient's ScenarioInput. These conversions are the only bridge, so a lesson opened
// from the gallery and the same lesson opened from a link give the store identical inputs.
import { fromSharedScenario, toSharedScenario, type SharedScenario } from '../../share'
import type { Lesson } from '../../scenario/lessons'
import { parseScenario } from '../../scenario/scenario'
import type { Scenario } from '../../scenario/scenario'
import type { ScenarioInput } from '../../worker/simClient'

/** The inputs a link carries, without the view (playhead, selection). */
export function sharedToInput(s: SharedScenario): ScenarioInput {
  return { files: { ...s.files }, steps: s.steps.map(({ at, run }) => ({ at, run })), seed: s.seed, ...(s.startTime ? { startTime: s.startTime } : {}) }
}

/** A lesson's YAML (its scenario, or its task's solution) as inputs; null if it does not parse
 * (the unit tests of src/scenario keep every lesson parsing, so this means a broken build). */
export function yamlToInput(yaml: string, fileName: string): ScenarioInput | null {
  const parsed = parseScenario(yaml, fileName)
  return parsed.ok ? sharedToInput(toSharedScenario(parsed.scenario)) : null
}

export const lessonInput = (l: Lesson): ScenarioInput | null => yamlToInput(l.scenario, `${l.id}/scenario.yaml`)

export const solutionInput = (l: Lesson): ScenarioInput | null => (l.task ? yamlToInput(l.task.solution, `${l.id}/solution.yaml`) : null)

/** The store's inputs as a runnable Scenario (for a share link); null if a step time is unreadable. */
export function inputToScenario(input: ScenarioInput): Scenario | null {
  const back = fromSharedScenario({ files: input.files, steps: input.steps, seed: input.seed, ...(input.startTime ? { startTime: input.startTime } : {}) })
  return back.ok ? back.scenario : null
}
