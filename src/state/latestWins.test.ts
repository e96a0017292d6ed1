import { describe, expect, it } from 'vitest'
import { latestWins } from './latestWins'

function controlledRuns() {
  const started: { done: () => void }[] = []
  const run = () => new Promise<void>((resolve) => started.push({ done: resolve }))
  return { started, run }
}
const flush = () => new Promise((r) => setTimeout(r, 0))

describe('latestWins', () => {
  it('starts at once when idle', async () => {
    const { started, run } = controlledRuns()
    const request = latestWins(run)
    const p = request()
    expect(started).toHaveLength(1)
    started[0]!.done()
    await p
  })

  it('collapses requests made during a run into one follow-up run', async () => {
    const { started, run } = controlledRuns()
    const request = latestWins(run)
    void request()
    const a = request()
    const b = request()
    const c = request()
    expect(started).toHaveLength(1)
    started[0]!.done()
    await flush()
    expect(started).toHaveLength(2)
    let resolved = false
    void Promise.all([a, b, c]).then(() => { resolved = true })
    await flush()
    expect(resolved).toBe(false)
    started[1]!.done()
    await flush()
    expect(resolved).toBe(true)
    expect(started).toHaveLength(2)
  })

  it('keeps going after a failed run', async () => {
    let calls = 0
    const request = latestWins(() => (++calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve()))
    await request()
    await request()
    expect(calls).toBe(2)
  })
})
