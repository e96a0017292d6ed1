// The Monaco editor for the scenario's files: one model per file, the active one shown.
// Typing updates the store (which autosaves and re-simulates after a debounce); text set from
// elsewhere (page API, restore) flows back into the models; diagnostics become markers.
import { useEffect, useRef } from 'react'
import { actions } from '../../state/actions'
import { appStore } from '../../state/store'
import { useTheme } from '../app/theme'
import { diagnosticsToMarkers } from './diagnosticsToMarkers'
import { MARKER_SEVERITY, monaco, yamlEditorOptions } from './monacoSetup'
import { installWhatIfSlider } from './whatIf/whatIfSlider'

const uriFor = (file: string) => monaco.Uri.parse(`file:///${encodeURIComponent(file)}`)
const SEVERITY = MARKER_SEVERITY

export default function YamlEditor() {
  const host = useRef<HTMLDivElement>(null)
  const theme = useTheme((s) => s.theme)
  const themeRef = useRef(theme)

  useEffect(() => {
    const el = host.current
    if (!el) return
    const models = new Map<string, monaco.editor.ITextModel>()
    const listeners: monaco.IDisposable[] = []
    const editor = monaco.editor.create(el, { ...yamlEditorOptions(themeRef.current, 'YAML editor'), quickSuggestions: { other: true, strings: true, comments: false } })

    const sync = () => {
      const s = appStore.getState()
      for (const [file, text] of Object.entries(s.files)) {
        let model = models.get(file)
        if (!model) {
          model = monaco.editor.getModel(uriFor(file)) ?? monaco.editor.createModel(text, 'yaml', uriFor(file))
          models.set(file, model)
          const m = model
          listeners.push(m.onDidChangeContent(() => actions.editFile(file, m.getValue())))
        }
        // Guard the editor ↔ store loop: only push text the model does not already have.
        if (model.getValue() !== text) model.setValue(text)
        monaco.editor.setModelMarkers(model, 'simulation', diagnosticsToMarkers(s.diagnostics, file, (l) => model.getLineMaxColumn(Math.min(l, model.getLineCount())) - 1)
          .map((d) => ({ ...d, severity: SEVERITY[d.severity] })))
      }
      const active = models.get(s.activeFile)
      if (active && editor.getModel() !== active) editor.setModel(active)
    }
    sync()
    // What-if sliders on numbers: each step re-simulates at once (coalesced), not after the debounce.
    listeners.push(installWhatIfSlider(monaco, editor, { afterEdit: () => void actions.simulateLive(), shownFile: () => appStore.getState().activeFile }))
    // For `npm run bench:paint`: Monaco is on screen from the next frame.
    const painted = requestAnimationFrame(() => {
      if (performance.getEntriesByName('editor-visible').length === 0) performance.mark('editor-visible')
    })
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.files !== prev.files || s.activeFile !== prev.activeFile || s.diagnostics !== prev.diagnostics) sync()
    })
    return () => {
      cancelAnimationFrame(painted)
      unsubscribe()
      listeners.forEach((l) => l.dispose())
      editor.dispose()
      models.forEach((m) => m.dispose())
    }
  }, [])

  useEffect(() => {
    themeRef.current = theme
    monaco.editor.setTheme(theme === 'dark' ? 'playground-dark' : 'playground-light')
  }, [theme])

  return <div ref={host} className="monaco-host" data-testid="yaml-editor" />
}
