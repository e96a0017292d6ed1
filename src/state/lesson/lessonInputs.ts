// Lessons and share links hold scenarios in their own shapes (YAML text, a decoded link); the store
// holds the SimClient's ScenarioInput. These conversions are the only bridge, so a lesson opened
// from the gallery and the same lesson opened from a link give the store identical inputs.
import { fromSharedScenario, toSharedScenario, type SharedScenario } from '../../share'
import type { Lesson } from '../../scenario/lessons'
import type { Scenario } from '../../scenario/scenario'
import { PRECOMPUTED_LESSON_INPUTS } from '../../worker/precomputed'
import type { ScenarioInput } from '../../worker/simClient'

/** The inputs a link carries, without the view (playhead, selection). */
export function sharedToInput(s: SharedScenario): ScenarioInput {
  return { files: { ...s.files }, steps: s.steps.map(({ at, run }) => ({ at, run })), seed: s.seed, ...(s.startTime ? { startTime: s.startTime } : {}), ...(s.nodes !== undefined ? { nodes: s.nodes } : {}) }
}

/** A lesson's YAML (its scenario, or its task's solution) as inputs; null if it does not parse
 * (the unit tests of src/scenario keep every lesson parsing, so this means a broken build). The
 * YAML parser is a chunk of its own, loaded on the first call: the page's first paint (the
 * default lesson, whose inputs ship precomputed) never waits for it. */
export async function yamlToInput(yaml: string, fileName: string): Promise<ScenarioInput | null> {
  const { parseScenario } = await import('../../scenario/scenario')
  const parsed = parseScenario(yaml, fileName)
  return parsed.ok ? sharedToInput(toSharedScenario(parsed.scenario)) : null
}

export const lessonInput = async (l: Lesson): Promise<ScenarioInput | null> =>
  PRECOMPUTED_LESSON_INPUTS[l.id] ?? yamlToInput(l.scenario, `${l.id}/scenario.yaml`)

export const solutionInput = async (l: Lesson): Promise<ScenarioInput | null> =>
  (l.task ? yamlToInput(l.task.solution, `${l.id}/solution.yaml`) : null)

/** The store's inputs as a runnable Scenario (for a share link); null if a step time is unreadable. */
export function inputToScenario(input: ScenarioInput): Scenario | null {
  const back = fromSharedScenario({ files: input.files, steps: input.steps, seed: input.seed, ...(input.startTime ? { startTime: input.startTime } : {}), ...(input.nodes !== undefined ? { nodes: input.nodes } : {}) })
  return back.ok ? back.scenario : null
}
