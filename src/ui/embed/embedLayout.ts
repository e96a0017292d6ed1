// Which panes an embed shows, from `view=` and `readonly=`. Pure, so the rules are tested without
// a browser. The editor is special: it appears only while the learner is editing (Monaco loads
// then), and a read-only embed has neither the editor nor the console (console commands become
// scenario steps, which would change the scenario).
import type { Pane, PageOptions } from '../../share/pageOptions'

export const DEFAULT_EMBED_VIEW: readonly Pane[] = ['timeline', 'observer']

export interface EmbedLayout {
  /** Panes in display order; 'editor' is shown only while editing. */
  order: Pane[]
  /** Whether the Edit button exists. */
  canEdit: boolean
  /** Open the editor from the start (the host listed it in `view=`). */
  startEditing: boolean
  /** Shown as page notices (and sent to the host as `error`s). */
  warnings: string[]
}

export function embedLayout(options: Pick<PageOptions, 'view' | 'readonly'>): EmbedLayout {
  const warnings: string[] = []
  let order = [...(options.view ?? DEFAULT_EMBED_VIEW)]
  if (options.readonly) {
    const dropped = order.filter((p) => p === 'editor' || p === 'console')
    if (dropped.length) warnings.push(`readonly=1: the ${dropped.join(' and ')} ${dropped.length > 1 ? 'are' : 'is'} not shown in a read-only embed.`)
    order = order.filter((p) => p !== 'editor' && p !== 'console')
    if (order.length === 0) order = [...DEFAULT_EMBED_VIEW]
    return { order, canEdit: false, startEditing: false, warnings }
  }
  const startEditing = order.includes('editor')
  // Edit reveals the editor below what the host chose to show, unless it placed it itself.
  if (!startEditing) order.push('editor')
  return { order, canEdit: true, startEditing, warnings }
}

/** The panes on screen right now. */
export const visiblePanes = (layout: EmbedLayout, editing: boolean): Pane[] =>
  layout.order.filter((p) => p !== 'editor' || (layout.canEdit && editing))
