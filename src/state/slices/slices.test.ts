import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../defaultScenario'
import { simulateFixture } from '../fixtureSimClient'
import { createAppStore } from '../store'
import { scenarioInput } from './scenario'
import { isStale } from './simulation'

describe('scenario slice', () => {
  it('loads a scenario, opens its first file and round-trips to a SimClient input', () => {
    const s = createAppStore()
    s.getState().loadScenario('lab', DEFAULT_SCENARIO)
    expect(s.getState().activeFile).toBe('demo-job-completion.yaml')
    expect(scenarioInput(s.getState())).toEqual(DEFAULT_SCENARIO)
    s.getState().setActiveFile('missing.yaml')
    expect(s.getState().activeFile).toBe('demo-job-completion.yaml')
    s.getState().addStep({ at: '30s', run: 'kubectl get pods' })
    expect(s.getState().steps).toHaveLength(2)
  })
})

describe('simulation slice', () => {
  it('keeps the last good trace on screen when a result has errors, and marks it stale', () => {
    const s = createAppStore()
    const good = simulateFixture(DEFAULT_SCENARIO)
    s.getState().applyResult(good)
    expect(isStale(s.getState())).toBe(false)
    const bad = { ...simulateFixture(DEFAULT_SCENARIO), diagnostics: [{ file: 'f', severity: 'error' as const, message: 'x' }] }
    s.getState().applyResult(bad)
    expect(s.getState().trace).toBe(good.trace)
    expect(s.getState().latest).toBe(bad)
    expect(isStale(s.getState())).toBe(true)
    expect(s.getState().version).toBe(2)
  })

  it('shows even an erroneous first result (there is nothing better), and records client failures', () => {
    const s = createAppStore()
    const bad = { ...simulateFixture(DEFAULT_SCENARIO), diagnostics: [{ file: 'f', severity: 'error' as const, message: 'x' }] }
    s.getState().applyResult(bad)
    expect(s.getState().trace).toBe(bad.trace)
    s.getState().failSimulation('worker crashed')
    expect(s.getState()).toMatchObject({ status: 'error', failure: 'worker crashed' })
    expect(isStale(s.getState())).toBe(true)
  })

  it('only moves the drawn version forward', () => {
    const s = createAppStore()
    s.getState().markDrawn(3)
    s.getState().markDrawn(2)
    expect(s.getState().drawnVersion).toBe(3)
  })
})

describe('selection slice', () => {
  it('selects a pod and toggles it off on a second click', () => {
    const s = createAppStore()
    s.getState().selectPod('a')
    expect(s.getState().selectedPod).toBe('a')
    s.getState().selectPod('a')
    expect(s.getState().selectedPod).toBeNull()
  })

  it('selects a Job or a pod, never both', () => {
    const s = createAppStore()
    s.getState().selectPod('a')
    s.getState().selectJob('j')
    expect(s.getState()).toMatchObject({ selectedJob: 'j', selectedPod: null })
    s.getState().selectPod('a')
    expect(s.getState()).toMatchObject({ selectedJob: null, selectedPod: 'a' })
  })
})
