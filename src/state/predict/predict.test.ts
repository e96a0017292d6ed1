// Predict, then reveal, against the real engine (in process): a locked-in prediction waits for
// the playhead, is scored at the reveal, is kept per scenario, and goes stale on an edit.
import { beforeEach, describe, expect, it } from 'vitest'
import { InProcessSimClient } from '../../worker/inProcessSimClient'
import { createActions } from '../actions'
import { createLessonActions } from '../lesson/lessonActions'
import { memoryStorage, type KeyValueStorage } from '../persistence'
import { setSimClient } from '../simClientProvider'
import { createAppStore } from '../store'
import { inputHash } from './inputHash'
import { createPredictActions, MAKE_A_PREDICTION, watchPredictions } from './predictActions'
import { loadPrediction } from './savedPrediction'
import { predictionPhase, predictionRows, questionsFor } from './view'

function page(storage: KeyValueStorage = memoryStorage()) {
  const store = createAppStore()
  const actions = createActions(store, storage, 0)
  watchPredictions(store, storage)
  return { store, storage, actions, lessons: createLessonActions(store, storage, actions), predict: createPredictActions(store, storage) }
}

beforeEach(() => setSimClient(new InProcessSimClient()))

describe('a prediction on the backoffLimit lesson', () => {
  it('waits until the Job has failed, then scores each answer (3 pods and Failed, as the seed saw)', async () => {
    const { store, lessons, predict } = page()
    await lessons.openLesson('job-backoff-limit')
    expect(questionsFor(store.getState()).ask).toEqual(['pods', 'status', 'end'])
    expect(predictionPhase(store.getState())).toBe('none')
    predict.lock({ pods: 3, status: 'Complete', end: 30_000 }, ['pods', 'status', 'end'])
    expect(store.getState()).toMatchObject({ time: 0, playing: true })
    expect(predictionPhase(store.getState())).toBe('waiting')
    expect(predictionRows(store.getState())).toEqual([])
    store.getState().seek(20_000)
    expect(predictionPhase(store.getState())).toBe('waiting')
    store.getState().seek(store.getState().end)
    expect(predictionPhase(store.getState())).toBe('revealed')
    const rows = predictionRows(store.getState())
    expect(rows.map((r) => [r.question, r.predicted, r.actual, r.right])).toEqual([
      ['pods', 3, 3, true], ['status', 'Complete', 'Failed', false], ['end', 30_000, expect.any(Number), true],
    ])
    expect(rows[1]?.why[0]?.text).toMatch(/backoffLimit 6/)
    expect(store.getState().prediction?.revealed).toBe(true)
    expect(store.getState().seenChecks).toContain(MAKE_A_PREDICTION)
  })

  it('is kept for the scenario: a fresh page opening the lesson finds it, revealed', async () => {
    const a = page()
    await a.lessons.openLesson('job-backoff-limit')
    a.predict.lock({ pods: 7 }, ['pods'])
    a.store.getState().seek(a.store.getState().end)
    const b = page(a.storage)
    await b.lessons.openLesson('job-backoff-limit')
    expect(b.store.getState().prediction).toMatchObject({ answers: { pods: 7 }, revealed: true })
    expect(b.store.getState().seenChecks).toContain(MAKE_A_PREDICTION)
    await b.lessons.openLesson('job-completions')
    expect(b.store.getState().prediction).toBeNull()
  })

  it('goes stale when the YAML changes after locking in, and is fresh again when the change is undone', async () => {
    const { store, actions, lessons, predict } = page()
    await lessons.openLesson('job-backoff-limit')
    predict.lock({ pods: 3 }, ['pods'])
    const file = store.getState().activeFile
    const text = store.getState().files[file]!
    actions.editFile(file, text.replace('parallelism: 3', 'parallelism: 2'))
    expect(predictionPhase(store.getState())).toBe('stale')
    actions.editFile(file, text)
    expect(predictionPhase(store.getState())).not.toBe('stale')
    predict.discard()
    expect(predictionPhase(store.getState())).toBe('none')
  })
})

describe('questions and storage', () => {
  it('asks about message.txt only where a pod mounts it, when no lesson says what to ask', () => {
    expect(questionsFor({ lessonId: null, mounts: [] }).ask).toEqual(['pods', 'status', 'end'])
    expect(questionsFor({ lessonId: null, mounts: [['/tmp/data', '/data']] }).ask).toEqual(['pods', 'status', 'lines', 'end'])
  })
  it('reads a malformed saved prediction as none', () => {
    const storage = memoryStorage()
    for (const bad of ['{', '[]', '{"hash":"x","ask":["pods"],"answers":{"pods":-1}}', '{"hash":"x","ask":[],"answers":{}}', '{"hash":"x","ask":["pods"],"answers":{"status":"Done"}}']) {
      storage.setItem('jobs-playground:prediction:s', bad)
      expect(loadPrediction(storage, 's'), bad).toBeNull()
    }
  })
  it('fingerprints every input a run depends on', () => {
    const base = { files: { 'a.yaml': 'x' }, steps: [{ at: '0s', run: 'kubectl apply -f a.yaml' }], seed: 1 }
    const h = inputHash(base)
    expect(inputHash({ ...base })).toBe(h)
    expect(inputHash({ ...base, files: { 'a.yaml': 'y' } })).not.toBe(h)
    expect(inputHash({ ...base, seed: 2 })).not.toBe(h)
    expect(inputHash({ ...base, steps: [] })).not.toBe(h)
    expect(inputHash({ ...base, nodes: 2 })).not.toBe(h)
  })
})
