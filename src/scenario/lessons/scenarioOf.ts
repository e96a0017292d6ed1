// A lesson's YAML as a runnable Scenario. Lesson YAML is checked by the unit tests, so a failure
// here means a broken build, but the function still reports rather than throws.
import { parseScenario, type ParsedScenario } from '../scenario'
import type { Lesson } from './types'

export const lessonScenario = (l: Lesson): ParsedScenario => parseScenario(l.scenario, `${l.id}/scenario.yaml`)
export const taskStartScenario = (l: Lesson): ParsedScenario | undefined => l.task && parseScenario(l.task.start, `${l.id}/task.yaml`)
export const taskSolutionScenario = (l: Lesson): ParsedScenario | undefined => l.task && parseScenario(l.task.solution, `${l.id}/solution.yaml`)
