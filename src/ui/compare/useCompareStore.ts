// React's view of compare mode's store (state/compare), as useAppStore is of the page's.
import { useStore } from 'zustand'
import { compareStore, type CompareState } from '../../state/compare'

export function useCompareStore<T>(selector: (s: CompareState) => T): T {
  return useStore(compareStore, selector)
}
