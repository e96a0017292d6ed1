// Which pod the learner picked on the timeline; the observer lights up the lines it wrote.
import type { StateCreator } from 'zustand/vanilla'

export interface SelectionSlice {
  selectedPod: string | null
  selectPod: (pod: string | null) => void
}

export const createSelectionSlice: StateCreator<SelectionSlice> = (set, get) => ({
  selectedPod: null,
  selectPod: (pod) => set({ selectedPod: get().selectedPod === pod ? null : pod }),
})
