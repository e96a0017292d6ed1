// Light and dark themes: the system preference by default, a toggle that remembers the choice.
// The effective theme is set on <html data-theme> so CSS and Monaco follow one source.
import { create } from 'zustand'

export type Theme = 'light' | 'dark'
const KEY = 'jobs-playground:theme'

const systemTheme = (): Theme =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'

function savedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(KEY)
    return v === 'light' || v === 'dark' ? v : null
  } catch {
    return null
  }
}

export const useTheme = create<{ theme: Theme; toggle: () => void }>()((set, get) => ({
  theme: savedTheme() ?? systemTheme(),
  toggle: () => {
    const theme: Theme = get().theme === 'dark' ? 'light' : 'dark'
    try {
      localStorage.setItem(KEY, theme)
    } catch {
      // The choice just won't survive a reload.
    }
    set({ theme })
  },
}))

export function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme
}
