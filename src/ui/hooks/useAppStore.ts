// React's view of the one store. Components select small slices; anything derived from the
// trace is memoised by the component that needs it.
import { useStore } from 'zustand'
import { appStore, type AppState } from '../../state/store'

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector)
}
