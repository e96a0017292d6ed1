// Embed mode (`?embed=1`, docs/EMBED.md): the timeline and observer under a compact bar, sized
// to their content so the host can fit the iframe to it (`resize` messages). Monaco loads only
// when the learner presses Edit; a read-only embed has no Edit button and no console.
import { lazy, Suspense, useEffect, useRef, useState, type CSSProperties } from 'react'
import { lessonById } from '../../scenario/lessons'
import type { Pane } from '../../share/pageOptions'
import { lessonActions } from '../../state/lesson'
import { ConsoleFallback } from '../console/ConsoleFallback'
import { EditorFallback } from '../editor/EditorFallback'
import { FileTabs } from '../editor/FileTabs'
import { useAppStore } from '../hooks/useAppStore'
import { useTimelineLayout } from '../hooks/useTimelineLayout'
import { ObserverPane } from '../observer/ObserverPane'
import { StatusBanner } from '../app/StatusBanner'
import { applyTheme, useTheme } from '../app/theme'
import { TimelineView } from '../timeline/TimelineView'
import { usePlaybackLoop } from '../transport/usePlaybackLoop'
import { useTransportKeys } from '../transport/useTransportKeys'
import { EmbedControls } from './EmbedControls'
import { visiblePanes, type EmbedLayout } from './embedLayout'
import './embed.css'

// Loaded on first use only: nothing of Monaco or xterm is fetched until its pane is shown.
const YamlEditor = lazy(() => import('../editor/YamlEditor'))
const KubectlConsole = lazy(() => import('../console/KubectlConsole'))

const ROW_H = 24
/** Toolbar + axis + a little air around the rows. */
const TIMELINE_CHROME = 34 + 26 + 12

/** Tall enough for the run's rows (within limits), so a small Job needs no scrolling. */
function useTimelineHeight(): number {
  const rows = useTimelineLayout()?.rows.length ?? 4
  return Math.min(380, Math.max(170, TIMELINE_CHROME + rows * ROW_H))
}

/** A link to the full playground with this scenario, playhead and selection. */
function fullPageUrl(lessonId: string | null): string {
  const base = new URL('./', window.location.href).href + (lessonId ? `?lesson=${encodeURIComponent(lessonId)}` : '')
  return lessonActions.currentShareUrl(base) ?? base
}

interface Props {
  layout: EmbedLayout
  /** Called with the content height whenever it changes (the bridge posts `resize`). */
  onHeight: (height: number) => void
}

export function EmbedApp({ layout, onHeight }: Props) {
  const theme = useTheme((s) => s.theme)
  const lessonId = useAppStore((s) => s.lessonId)
  const [editing, setEditing] = useState(layout.startEditing)
  const root = useRef<HTMLDivElement>(null)
  const editor = useRef<HTMLElement>(null)
  const timelineHeight = useTimelineHeight()
  useEffect(() => applyTheme(theme), [theme])
  usePlaybackLoop()
  useTransportKeys()

  useEffect(() => {
    const el = root.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => onHeight(el.getBoundingClientRect().height))
    observer.observe(el)
    return () => observer.disconnect()
  }, [onHeight])

  const edit = () => {
    setEditing(!editing)
    if (!editing) requestAnimationFrame(() => editor.current?.scrollIntoView({ block: 'nearest' }))
  }

  const pane = (p: Pane) => {
    switch (p) {
      case 'timeline': return (
        <section key={p} className="pane timeline" aria-label="Timeline" data-region="timeline" style={{ '--h': `${timelineHeight}px` } as CSSProperties}>
          <TimelineView />
        </section>
      )
      case 'observer': return (
        <section key={p} className="pane observer" aria-label="Observer" data-region="observer"><ObserverPane /></section>
      )
      case 'console': return (
        <section key={p} className="pane console" aria-label="kubectl console" data-region="console">
          <Suspense fallback={<ConsoleFallback />}><KubectlConsole /></Suspense>
        </section>
      )
      case 'editor': return (
        <section key={p} ref={editor} className="pane editor" aria-label="YAML editor" data-region="editor">
          <FileTabs />
          <div className="editor-host"><Suspense fallback={<EditorFallback />}><YamlEditor /></Suspense></div>
        </section>
      )
    }
  }

  const title = (lessonId && lessonById(lessonId)?.title) || 'Job Playground'
  return (
    <div ref={root} className="embed" data-testid="embed">
      <header className="embed-bar">
        <span className="embed-title" title={title}><span className="logo" aria-hidden="true" />{title}</span>
        {layout.canEdit && (
          <button type="button" className="small-button" aria-pressed={editing} onClick={edit}
            title={editing ? 'Hide the YAML editor' : 'Edit the YAML'}>{editing ? 'Done' : 'Edit'}</button>
        )}
        <a className="embed-open" href="./" target="_blank" rel="noopener" title="Open this in the full playground"
          onClick={(e) => { e.currentTarget.href = fullPageUrl(lessonId) }}>Open ↗</a>
      </header>
      <EmbedControls />
      <StatusBanner />
      <div className="embed-panes">{visiblePanes(layout, editing).map(pane)}</div>
    </div>
  )
}
