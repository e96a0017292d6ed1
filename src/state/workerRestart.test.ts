import { beforeEach, describe, expect, it } from 'vitest'
import type { SimClient } from '../worker/simClient'
import { createActions } from './actions'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { createFixtureSimClient } from './fixtureSimClient'
import { reportWorkerRestart, setSimClient } from './simClientProvider'
import { createAppStore } from './store'

const CRASH = 'the simulation worker crashed: out of memory'

/** Answers like the fixture engine until `crash()`, then rejects as a crashed worker's client does. */
function crashingClient() {
  const fixture = createFixtureSimClient()
  let crashed = false
  const client: SimClient = {
    simulate: (input) => (crashed ? Promise.reject(new Error(CRASH)) : fixture.simulate(input)),
    dispose: () => {},
  }
  return { client, crash: () => { crashed = true } }
}

beforeEach(() => setSimClient(createFixtureSimClient()))

describe('a crashed or runaway simulation worker', () => {
  it('shows why, keeps the last good timeline and never touches the text', async () => {
    const { client, crash } = crashingClient()
    setSimClient(client)
    const store = createAppStore()
    const a = createActions(store, null, 0)
    await a.openScenario('lab', DEFAULT_SCENARIO)
    const good = store.getState().trace
    expect(good).not.toBeNull()

    crash()
    a.editFile('demo-job-completion.yaml', `${DEFAULT_SCENARIO.files['demo-job-completion.yaml']}# edited\n`)
    expect(await a.simulateNow()).toBeNull()
    const s = store.getState()
    expect(s.failure).toBe(CRASH)
    expect(s.status).toBe('error')
    expect(s.trace).toBe(good)
    expect(s.files['demo-job-completion.yaml']).toMatch(/# edited\n$/)
    await a.whenIdle()
  })

  it('reports a restart the client announces, and the next good result clears the message', async () => {
    const store = createAppStore()
    const a = createActions(store, null, 0)
    await a.openScenario('lab', DEFAULT_SCENARIO)
    const good = store.getState().trace
    reportWorkerRestart(store)('the simulation took longer than 20 s and was stopped')
    expect(store.getState().failure).toBe('the simulation took longer than 20 s and was stopped')
    expect(store.getState().trace).toBe(good)
    await a.simulateNow()
    expect(store.getState().failure).toBeNull()
    expect(store.getState().status).toBe('idle')
  })
})
