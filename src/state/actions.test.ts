import { beforeEach, describe, expect, it } from 'vitest'
import type { ScenarioInput, SimClient, SimResult } from '../worker/simClient'
import { createActions } from './actions'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { simulateFixture } from './fixtureSimClient'
import { createFixtureSimClient } from './fixtureSimClient'
import { setSimClient } from './simClientProvider'
import { createAppStore } from './store'

/** A client that records inputs and answers only when told to, so ordering can be tested. */
function manualClient() {
  const calls: { input: ScenarioInput; answer: (r: SimResult) => void }[] = []
  const client: SimClient = { simulate: (input) => new Promise((answer) => calls.push({ input, answer })), dispose: () => {} }
  return { client, calls }
}

// These tests are about the actions, so they run against the fixture engine whatever the page uses.
beforeEach(() => setSimClient(createFixtureSimClient()))

describe('actions', () => {
  it('opens a scenario, simulates it and sets the end of playback', async () => {
    const store = createAppStore()
    const a = createActions(store, null, 0)
    await a.openScenario('lab', DEFAULT_SCENARIO)
    expect(store.getState().trace?.end).toBe(261_000)
    expect(store.getState().end).toBe(261_000)
    expect(store.getState().status).toBe('idle')
  })

  it('drops a result that arrives after a newer request', async () => {
    const { client, calls } = manualClient()
    setSimClient(client)
    const store = createAppStore()
    store.getState().loadScenario('lab', DEFAULT_SCENARIO)
    const a = createActions(store, null, 0)
    const first = a.simulateNow()
    const second = a.simulateNow()
    calls[1]!.answer(simulateFixture(DEFAULT_SCENARIO))
    await second
    const newer = store.getState().version
    const stale = { ...simulateFixture(DEFAULT_SCENARIO), diagnostics: [{ file: 'x', severity: 'error' as const, message: 'old' }] }
    calls[0]!.answer(stale)
    expect(await first).toBeNull()
    expect(store.getState().version).toBe(newer)
    expect(store.getState().diagnostics).toEqual([])
  })

  it('keeps the last good trace on screen when an edit has errors, and reports them', async () => {
    const store = createAppStore()
    const a = createActions(store, null, 0)
    await a.openScenario('lab', DEFAULT_SCENARIO)
    const good = store.getState().trace
    a.editFile('demo-job-completion.yaml', 'kind: Job\nspec:\n  completions: 0\n')
    await a.simulateNow()
    expect(store.getState().trace).toBe(good)
    expect(store.getState().diagnostics[0]).toMatchObject({ line: 3, severity: 'error' })
  })

  it('autosaves edits and restores them when the scenario is opened again', async () => {
    const data = new Map<string, string>()
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) }
    const a = createActions(createAppStore(), storage, 0)
    await a.openScenario('lab', DEFAULT_SCENARIO)
    a.editFile('demo-job-completion.yaml', '# mine\n')
    const store2 = createAppStore()
    await createActions(store2, storage, 0).openScenario('lab', DEFAULT_SCENARIO)
    expect(store2.getState().files['demo-job-completion.yaml']).toBe('# mine\n')
    await createActions(store2, storage, 0).resetScenario('lab', DEFAULT_SCENARIO)
    expect(store2.getState().files).toEqual(DEFAULT_SCENARIO.files)
    expect(data.size).toBe(0)
  })

  it('runs a console command as a step at the playhead and returns its command event', async () => {
    const store = createAppStore()
    const a = createActions(store, null, 0)
    await a.openScenario('lab', DEFAULT_SCENARIO)
    store.getState().seek(90_000)
    const event = await a.runCommand('kubectl get pods')
    expect(store.getState().steps.at(-1)).toEqual({ at: '1m30s', run: 'kubectl get pods' })
    expect(event).toMatchObject({ type: 'command', command: 'kubectl get pods', startedAt: 90_000 })
  })

  it('whenIdle waits for the drawn version to catch up', async () => {
    const store = createAppStore()
    const a = createActions(store, null, 0)
    await a.openScenario('lab', DEFAULT_SCENARIO)
    let done = false
    const idle = a.whenIdle().then(() => { done = true })
    await Promise.resolve()
    expect(done).toBe(false)
    store.getState().markDrawn(store.getState().version)
    await idle
    expect(done).toBe(true)
  })
})
