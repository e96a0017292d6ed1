import { describe, expect, it } from 'vitest'
import type { ScenarioInput, SimClient, SimResult } from '../../worker/simClient'
import { simulateFixture } from '../fixtureSimClient'
import { memoryStorage } from '../persistence'
import { createAppStore } from '../store'
import { compareSaveId, createCompareActions } from './compareActions'
import { createCompareStore } from './compareStore'
import { presetsFor } from './presets'

const job = (name: string, completions: number) =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ${name}\nspec:\n  completions: ${completions}\n  template:\n    spec:\n      restartPolicy: Never\n      containers: []\n`

const A: ScenarioInput = { files: { 'job.yaml': job('demo', 2) }, steps: [{ at: '0s', run: 'kubectl apply -f job.yaml' }], seed: 7 }

/** Records every input and answers with the fixture engine (its trace end grows with completions). */
function recordingClient() {
  const inputs: ScenarioInput[] = []
  const client: SimClient = {
    simulate: (input) => {
      inputs.push(input)
      return new Promise<SimResult>((resolve) => setTimeout(() => resolve(simulateFixture(input)), 0))
    },
    dispose: () => {},
  }
  return { client, inputs }
}

function setup(storage = memoryStorage()) {
  const app = createAppStore()
  app.getState().loadScenario('lab', A)
  app.getState().applyResult(simulateFixture(A))
  app.getState().setEnd(app.getState().trace!.end)
  const cmp = createCompareStore()
  const { client, inputs } = recordingClient()
  const actions = createCompareActions(app, cmp, storage, () => client, 0)
  return { app, cmp, actions, inputs, storage }
}

describe('compare actions', () => {
  it('open B as a copy of A and simulate it on A\'s seed', async () => {
    const { cmp, actions, inputs } = setup()
    await actions.open()
    expect(cmp.getState()).toMatchObject({ open: true, files: A.files, steps: A.steps })
    expect(inputs.at(-1)).toMatchObject({ seed: 7, files: A.files })
    expect(cmp.getState().trace).not.toBeNull()
  })

  it('force A\'s seed on a B from a link, and keep B\'s own steps and text', async () => {
    const { cmp, actions, inputs } = setup()
    const b = { files: { 'job.yaml': job('demo', 5) }, steps: [{ at: '1s', run: 'kubectl apply -f job.yaml' }], seed: 99 }
    await actions.openWith(b)
    expect(inputs.at(-1)).toEqual({ files: b.files, steps: b.steps, seed: 7 })
    expect(cmp.getState().files).toEqual(b.files)
  })

  it('let the playhead run to the longer run\'s end while comparing, and back to A\'s after', async () => {
    const { app, actions } = setup()
    const endA = app.getState().end
    await actions.openWith({ ...A, files: { 'job.yaml': job('demo', 6) } })
    expect(app.getState().end).toBeGreaterThan(endA)
    actions.close()
    expect(app.getState().end).toBe(endA)
  })

  it('autosave B per scenario and restore it on the next open; close leaves A untouched', async () => {
    const { app, cmp, actions, storage } = setup()
    await actions.open()
    actions.editFile('job.yaml', job('demo', 3))
    await actions.simulateNow()
    expect(JSON.parse(storage.getItem(`jobs-playground:files:${compareSaveId('lab')}`)!)).toEqual({ 'job.yaml': job('demo', 3) })
    actions.close()
    expect(app.getState().files).toEqual(A.files)
    expect(cmp.getState().open).toBe(false)
    await actions.open()
    expect(cmp.getState().files['job.yaml']).toBe(job('demo', 3))
  })

  it('make B from a preset, which opens B in the editor', async () => {
    const { cmp, actions, inputs } = setup()
    await actions.open()
    const preset = presetsFor(A.files).find((p) => p.id === 'restart-policy')!
    await actions.applyPreset(preset)
    expect(cmp.getState().side).toBe('b')
    expect(inputs.at(-1)?.files['job.yaml']).toContain('restartPolicy: OnFailure')
  })

  it('close when another scenario opens (B belonged to the old one)', async () => {
    const { app, cmp, actions } = setup()
    await actions.open()
    app.getState().loadScenario('other', A)
    expect(cmp.getState().open).toBe(false)
  })

  it('build a #c= fragment holding A and B', async () => {
    const { actions } = setup()
    await actions.openWith({ ...A, files: { 'job.yaml': job('demo', 4) } })
    expect(actions.fragment({ files: A.files, steps: A.steps, seed: 7 })).toMatch(/^#c=1\.[\w-]+\.[\w-]+$/)
  })
})
