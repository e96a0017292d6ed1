// The colours the canvas draws with, read from the CSS design tokens so the canvas follows the
// light/dark theme exactly as the SVG parts do. Read once per theme, not per frame.
import type { StatusCategory } from './statusCategory'

export interface Palette {
  status: Record<StatusCategory, string>
  /** Segment label text on light and on dark bars. */
  textDark: string
  textLight: string
  grid: string
  accent: string
  danger: string
  faint: string
  pane: string
}

const CATEGORIES: StatusCategory[] = ['pending', 'creating', 'init', 'initializing', 'running', 'notready',
  'completed', 'error', 'crashloop', 'terminating', 'suspended', 'other']

export function readPalette(el: Element): Palette {
  const css = getComputedStyle(el)
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback
  return {
    status: Object.fromEntries(CATEGORIES.map((c) => [c, v(`--c-${c}`, '#999')])) as Record<StatusCategory, string>,
    textDark: v('--t-dark', '#1d2330'),
    textLight: v('--t-light', '#ffffff'),
    grid: v('--line', '#dfe3e9'),
    accent: v('--accent', '#2f6fe4'),
    danger: v('--danger', '#c93c3c'),
    faint: v('--faint', '#9aa2b1'),
    pane: v('--pane', '#ffffff'),
  }
}

/** Bars whose label is drawn in the light text colour (the CSS did the same per class). */
export const LIGHT_TEXT: ReadonlySet<StatusCategory> = new Set(['running', 'completed', 'error', 'crashloop', 'init'])
