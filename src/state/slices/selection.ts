// What the learner picked on the timeline: a pod (the observer lights up the lines it wrote, the
// inspector describes it) or a Job (the Why panel shows its decisions). Picking one clears the other.
import type { StateCreator } from 'zustand/vanilla'

export interface SelectionSlice {
  selectedPod: string | null
  selectedJob: string | null
  selectPod: (pod: string | null) => void
  selectJob: (job: string | null) => void
}

export const createSelectionSlice: StateCreator<SelectionSlice> = (set, get) => ({
  selectedPod: null,
  selectedJob: null,
  selectPod: (pod) => set({ selectedPod: get().selectedPod === pod ? null : pod, selectedJob: null }),
  selectJob: (job) => set({ selectedJob: get().selectedJob === job ? null : job, selectedPod: null }),
})
