// actions.simulateLive, the what-if slider's re-simulation: no debounce, one run in flight, the
// latest text always simulated last.
import { describe, expect, it } from 'vitest'
import type { ScenarioInput, SimClient, SimResult } from '../worker/simClient'
import { createActions } from './actions'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { simulateFixture } from './fixtureSimClient'
import { setSimClient } from './simClientProvider'
import { createAppStore } from './store'

function manualClient() {
  const calls: { input: ScenarioInput; answer: (r: SimResult) => void }[] = []
  const client: SimClient = { simulate: (input) => new Promise((answer) => calls.push({ input, answer })), dispose: () => {} }
  return { client, calls }
}
const flush = () => new Promise((r) => setTimeout(r, 0))

describe('actions.simulateLive', () => {
  it('runs at once, collapses steps made meanwhile into one run of the latest text', async () => {
    const { client, calls } = manualClient()
    setSimClient(client)
    const store = createAppStore()
    store.getState().loadScenario('lab', DEFAULT_SCENARIO)
    // A long debounce: a live run must not wait for it, and it must not fire later either.
    const a = createActions(store, null, 60_000)
    const file = Object.keys(DEFAULT_SCENARIO.files)[0]!
    const text = (n: number) => `${DEFAULT_SCENARIO.files[file]}\n# step ${n}\n`

    a.editFile(file, text(1))
    const first = a.simulateLive()
    expect(calls).toHaveLength(1)
    expect(calls[0]!.input.files[file]).toBe(text(1))

    const later: Promise<void>[] = []
    for (const n of [2, 3, 4]) {
      a.editFile(file, text(n))
      later.push(a.simulateLive())
    }
    expect(calls).toHaveLength(1)
    calls[0]!.answer(simulateFixture(DEFAULT_SCENARIO))
    await first
    await flush()
    expect(calls).toHaveLength(2)
    expect(calls[1]!.input.files[file]).toBe(text(4))
    calls[1]!.answer(simulateFixture(DEFAULT_SCENARIO))
    await Promise.all(later)
    expect(store.getState().status).toBe('idle')
    expect(calls).toHaveLength(2)
  })
})
