// The learner's inputs: the scenario's files, which one is open, the seed and the timed steps.
// Exactly what a share link or a lesson holds; never simulation output.
import type { StateCreator } from 'zustand/vanilla'
import type { ScenarioInput } from '../../worker/simClient'

export type Step = ScenarioInput['steps'][number]

export interface ScenarioSlice {
  /** Names the scenario for autosave (one saved copy per scenario). */
  scenarioId: string
  files: Record<string, string>
  activeFile: string
  seed: number
  startTime: string | undefined
  /** Nodes in the cluster; undefined means one. */
  nodes: number | undefined
  steps: Step[]
  loadScenario: (id: string, input: ScenarioInput) => void
  setFileText: (file: string, text: string) => void
  setActiveFile: (file: string) => void
  addStep: (step: Step) => void
}

export const createScenarioSlice: StateCreator<ScenarioSlice> = (set, get) => ({
  scenarioId: '',
  files: {},
  activeFile: '',
  seed: 1,
  startTime: undefined,
  nodes: undefined,
  steps: [],
  loadScenario: (id, input) => set({
    scenarioId: id,
    files: { ...input.files },
    activeFile: Object.keys(input.files)[0] ?? '',
    seed: input.seed,
    startTime: input.startTime,
    nodes: input.nodes,
    steps: [...input.steps],
  }),
  setFileText: (file, text) => {
    if (get().files[file] === text) return
    set({ files: { ...get().files, [file]: text } })
  },
  setActiveFile: (file) => {
    if (file in get().files) set({ activeFile: file })
  },
  addStep: (step) => set({ steps: [...get().steps, step] }),
})

/** The inputs as the SimClient wants them. */
export function scenarioInput(s: ScenarioSlice): ScenarioInput {
  return { files: s.files, steps: s.steps, seed: s.seed, ...(s.startTime ? { startTime: s.startTime } : {}), ...(s.nodes !== undefined ? { nodes: s.nodes } : {}) }
}
