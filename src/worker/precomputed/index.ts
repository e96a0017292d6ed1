// The runs the page ships precomputed: the default lesson as it opens, so a first visit draws its
// timeline without waiting for the worker, and without parsing the lesson's YAML on the page's
// thread. `defaultLesson.json` is written by `npx vitest run -u src/state/lesson/precomputedLesson.test.ts`
// and checked against the YAML and the engine by the same test.
import { DEFAULT_LESSON_ID } from '../../scenario/lessons'
import type { PrecomputedRun } from '../precomputedSimClient'
import type { ScenarioInput } from '../simClient'
import defaultLesson from './defaultLesson.json'

const defaultRun = defaultLesson as unknown as PrecomputedRun

export const PRECOMPUTED_RUNS: readonly PrecomputedRun[] = [defaultRun]

/** Lesson inputs as their YAML reads, by lesson id. */
export const PRECOMPUTED_LESSON_INPUTS: Readonly<Record<string, ScenarioInput>> = { [DEFAULT_LESSON_ID]: defaultRun.input }
