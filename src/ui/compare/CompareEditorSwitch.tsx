// In compare mode, the editor pane gets A | B tabs. A is the page's own editor, untouched; B is
// a second editor laid over it (its own file tabs and Monaco models), so switching keeps each
// side's cursor and undo history. Outside compare mode this renders nothing.
import { lazy, Suspense } from 'react'
import { compareActions, isBStale } from '../../state/compare'
import { useCompareStore } from './useCompareStore'
import './compare.css'

const CompareBEditor = lazy(() => import('./CompareBEditor'))

/** B's text, read-only, until Monaco has loaded (as EditorFallback is for A). */
function BFallback() {
  const text = useCompareStore((s) => s.files[s.activeFile] ?? '')
  return <pre className="editor-fallback" aria-busy="true" aria-label="Loading the editor">{text}</pre>
}

export function CompareEditorSwitch() {
  const open = useCompareStore((s) => s.open)
  const side = useCompareStore((s) => s.side)
  const names = useCompareStore((s) => Object.keys(s.files).join('\n'))
  const active = useCompareStore((s) => s.activeFile)
  const diagnostics = useCompareStore((s) => s.diagnostics)
  const bBroken = useCompareStore(isBStale)
  if (!open) return null
  return (
    <>
      <div className="compare-switch">
        <div className="compare-switch-tabs" role="tablist" aria-label="Scenario to edit">
          <button type="button" role="tab" aria-selected={side === 'a'} onClick={() => compareActions.setSide('a')}>
            <span className="side-badge side-a">A</span> original
          </button>
          <button type="button" role="tab" aria-selected={side === 'b'} onClick={() => compareActions.setSide('b')}>
            <span className="side-badge side-b">B</span> variant{bBroken && <span className="dot" aria-label="has errors" />}
          </button>
        </div>
        <span className="compare-switch-note muted">same seed · one time axis</span>
      </div>
      {side === 'b' && (
        <div className="compare-b-editor" data-region="editor-b">
          <div className="tabs">
            {/* The tab list holds only tabs; Copy A sits beside it. */}
            <div className="tab-list" role="tablist" aria-label="Scenario B files">
              {names.split('\n').filter(Boolean).map((name) => {
                const bad = diagnostics.some((d) => d.file === name && d.severity === 'error')
                return (
                  <button key={name} type="button" role="tab" className={`tab${bad ? ' has-error' : ''}`} aria-selected={name === active}
                    onClick={() => compareActions.setActiveFile(name)}>
                    {name}{bad && <span className="dot" aria-label="has errors" />}
                  </button>
                )
              })}
            </div>
            <button type="button" className="tab-action" onClick={() => void compareActions.copyA()} title="Make B a copy of A again">Copy A</button>
          </div>
          <div className="editor-host">
            <Suspense fallback={<BFallback />}><CompareBEditor /></Suspense>
          </div>
        </div>
      )}
    </>
  )
}
