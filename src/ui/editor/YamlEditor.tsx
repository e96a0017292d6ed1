// The Monaco editor for the scenario's files: one model per file, the active one shown.
// Typing updates the store (which autosaves and re-simulates after a debounce); text set from
// elsewhere (page API, restore) flows back into the models; diagnostics become markers.
import { useEffect, useRef } from 'react'
import { actions } from '../../state/actions'
import { appStore } from '../../state/store'
import { useTheme } from '../app/theme'
import { bindFileModels } from './bindFileModels'
import { monaco, yamlEditorOptions } from './monacoSetup'
import { installWhatIfSlider } from './whatIf/whatIfSlider'

const uriFor = (file: string) => monaco.Uri.parse(`file:///${encodeURIComponent(file)}`)

export default function YamlEditor() {
  const host = useRef<HTMLDivElement>(null)
  const theme = useTheme((s) => s.theme)
  const themeRef = useRef(theme)

  useEffect(() => {
    const el = host.current
    if (!el) return
    const listeners: monaco.IDisposable[] = []
    const editor = monaco.editor.create(el, { ...yamlEditorOptions(themeRef.current, 'YAML editor'), quickSuggestions: { other: true, strings: true, comments: false } })
    const unbind = bindFileModels(editor, { uriFor, getState: appStore.getState, subscribe: appStore.subscribe, editFile: actions.editFile })
    // What-if sliders on numbers: each step re-simulates at once (coalesced), not after the debounce.
    listeners.push(installWhatIfSlider(monaco, editor, { afterEdit: () => void actions.simulateLive(), shownFile: () => appStore.getState().activeFile }))
    // For `npm run bench:paint`: Monaco is on screen from the next frame.
    const painted = requestAnimationFrame(() => {
      if (performance.getEntriesByName('editor-visible').length === 0) performance.mark('editor-visible')
    })
    return () => {
      cancelAnimationFrame(painted)
      listeners.forEach((l) => l.dispose())
      editor.dispose()
      unbind()
    }
  }, [])

  useEffect(() => {
    themeRef.current = theme
    monaco.editor.setTheme(theme === 'dark' ? 'playground-dark' : 'playground-light')
  }, [theme])

  return <div ref={host} className="monaco-host" data-testid="yaml-editor" />
}
