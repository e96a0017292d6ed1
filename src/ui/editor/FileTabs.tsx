// One tab per scenario file; the active one is what the editor shows.
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'
import { ResetButton } from './ResetButton'

export function FileTabs() {
  const names = useAppStore((s) => Object.keys(s.files).join('\n'))
  const active = useAppStore((s) => s.activeFile)
  const errors = useAppStore((s) => s.diagnostics)
  return (
    <div className="tabs">
      {/* The tab list holds only tabs; Reset sits beside it. */}
      <div className="tab-list" role="tablist" aria-label="Scenario files">
      {names.split('\n').filter(Boolean).map((name) => {
        const bad = errors.some((d) => d.file === name && d.severity === 'error')
        return (
          <button key={name} type="button" role="tab" className={`tab${bad ? ' has-error' : ''}`} aria-selected={name === active}
            onClick={() => appStore.getState().setActiveFile(name)}>
            {name}{bad && <span className="dot" aria-label="has errors" />}
          </button>
        )
      })}
      </div>
      <ResetButton />
    </div>
  )
}
