// The shipped answer must be the engine's answer: the default lesson's run is recomputed here and
// compared with the file byte for byte, so a change to the engine or the lesson that forgets to
// refresh it (`npx vitest run -u src/state/lesson/precomputedLesson.test.ts`) fails the tests.
import { describe, expect, it } from 'vitest'
import { DEFAULT_LESSON_ID, lessonById } from '../../scenario/lessons'
import { PRECOMPUTED_LESSON_INPUTS, PRECOMPUTED_RUNS } from '../../worker/precomputed'
import { simulate } from '../../worker/simulate'
import { lessonInput, yamlToInput } from './lessonInputs'

const serialize = (v: unknown) => `${JSON.stringify(v)}\n`

describe('precomputed runs', async () => {
  const lesson = lessonById(DEFAULT_LESSON_ID)!
  // Parsed from the lesson's YAML here, not taken from the shipped file.
  const input = (await yamlToInput(lesson.scenario, `${lesson.id}/scenario.yaml`))!

  it('hold the default lesson as the page opens it, with the result the engine computes for it', async () => {
    await expect(serialize({ input, result: simulate(input) })).toMatchFileSnapshot('../../worker/precomputed/defaultLesson.json')
  })

  it('survive the trip through JSON unchanged (a worker reply is a structured clone, the file is JSON)', () => {
    const result = simulate(input)
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result)
  })

  it('give the default lesson its inputs without parsing, the same as parsing gives', async () => {
    expect(PRECOMPUTED_LESSON_INPUTS[DEFAULT_LESSON_ID]).toStrictEqual(input)
    await expect(lessonInput(lesson)).resolves.toStrictEqual(input)
  })

  it('are found for the default lesson, whose run ends as the seed lab did: Complete 5/5', () => {
    const [run] = PRECOMPUTED_RUNS
    expect(run?.input).toStrictEqual(input)
    const last = run!.result.trace.events.filter((e) => e.type === 'job').at(-1)
    expect(last && last.type === 'job' && [last.status, last.completions]).toEqual(['Complete', '5/5'])
  })
})
