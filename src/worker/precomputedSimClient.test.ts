import { describe, expect, it, vi } from 'vitest'
import { PrecomputedSimClient, sameInput, type PrecomputedRun } from './precomputedSimClient'
import type { ScenarioInput, SimClient, SimResult } from './simClient'

const input: ScenarioInput = { files: { 'a.yaml': 'A', 'b.yaml': 'B' }, steps: [{ at: '10s', run: 'kubectl get pods' }], seed: 7 }
const shipped: SimResult = { trace: { schema: 1, seed: 7, end: 5, events: [] } as unknown as SimResult['trace'], diagnostics: [] }
const computed: SimResult = { ...shipped, diagnostics: [{ file: 'a.yaml', severity: 'error', message: 'from the engine' }] }

function fakeInner() {
  return { simulate: vi.fn(async () => computed), warmUp: vi.fn(), dispose: vi.fn() } satisfies SimClient
}

describe('sameInput', () => {
  it('ignores the order of file names but nothing else', () => {
    expect(sameInput(input, { ...input, files: { 'b.yaml': 'B', 'a.yaml': 'A' } })).toBe(true)
    expect(sameInput(input, { ...input, seed: 8 })).toBe(false)
    expect(sameInput(input, { ...input, files: { 'a.yaml': 'A', 'b.yaml': 'B ' } })).toBe(false)
    expect(sameInput(input, { ...input, files: { 'a.yaml': 'A' } })).toBe(false)
    expect(sameInput(input, { ...input, steps: [{ at: '11s', run: 'kubectl get pods' }] })).toBe(false)
    expect(sameInput(input, { ...input, steps: [] })).toBe(false)
    expect(sameInput(input, { ...input, startTime: '2025-01-01T00:00:00Z' })).toBe(false)
  })
})

describe('PrecomputedSimClient', () => {
  const runs: PrecomputedRun[] = [{ input, result: shipped }]

  it('answers a shipped input itself, without starting the inner client', async () => {
    const inner = fakeInner()
    await expect(new PrecomputedSimClient(inner, runs).simulate({ ...input, files: { ...input.files } })).resolves.toBe(shipped)
    expect(inner.simulate).not.toHaveBeenCalled()
  })

  it('passes any other input to the inner client', async () => {
    const inner = fakeInner()
    await expect(new PrecomputedSimClient(inner, runs).simulate({ ...input, seed: 1 })).resolves.toBe(computed)
    expect(inner.simulate).toHaveBeenCalledTimes(1)
  })

  it('forwards warmUp, with the first shipped run\'s input to warm on, and dispose', () => {
    const inner = fakeInner()
    const client = new PrecomputedSimClient(inner, runs)
    client.warmUp()
    client.dispose()
    expect(inner.warmUp).toHaveBeenCalledTimes(1)
    expect(inner.warmUp).toHaveBeenCalledWith(runs[0]!.input)
    expect(inner.dispose).toHaveBeenCalledTimes(1)
  })
})
