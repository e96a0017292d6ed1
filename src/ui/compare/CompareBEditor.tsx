// Monaco for scenario B: B's files as models of their own (`file:///compare-b/NAME`, so they
// never collide with A's), the active one shown. Typing goes to compareActions.editFile, which
// autosaves B and re-simulates it; B's diagnostics become markers. Loaded lazily, like A's editor.
import { useEffect, useRef } from 'react'
import { compareActions, compareStore } from '../../state/compare'
import { useTheme } from '../app/theme'
import { diagnosticsToMarkers } from '../editor/diagnosticsToMarkers'
import { MARKER_SEVERITY, monaco, yamlEditorOptions } from '../editor/monacoSetup'

const uriFor = (file: string) => monaco.Uri.parse(`file:///compare-b/${encodeURIComponent(file)}`)
const SEVERITY = MARKER_SEVERITY

export default function CompareBEditor() {
  const host = useRef<HTMLDivElement>(null)
  const theme = useTheme((s) => s.theme)
  const themeRef = useRef(theme)

  useEffect(() => {
    const el = host.current
    if (!el) return
    const models = new Map<string, monaco.editor.ITextModel>()
    const listeners: monaco.IDisposable[] = []
    const editor = monaco.editor.create(el, yamlEditorOptions(themeRef.current, 'YAML editor for scenario B'))
    const sync = () => {
      const s = compareStore.getState()
      for (const [file, text] of Object.entries(s.files)) {
        let model = models.get(file)
        if (!model) {
          model = monaco.editor.getModel(uriFor(file)) ?? monaco.editor.createModel(text, 'yaml', uriFor(file))
          models.set(file, model)
          const m = model
          listeners.push(m.onDidChangeContent(() => compareActions.editFile(file, m.getValue())))
        }
        if (model.getValue() !== text) model.setValue(text)
        const m = model
        monaco.editor.setModelMarkers(m, 'simulation', diagnosticsToMarkers(s.diagnostics, file, (l) => m.getLineMaxColumn(Math.min(l, m.getLineCount())) - 1)
          .map((d) => ({ ...d, severity: SEVERITY[d.severity] })))
      }
      const active = models.get(s.activeFile)
      if (active && editor.getModel() !== active) editor.setModel(active)
    }
    sync()
    editor.focus()
    const unsubscribe = compareStore.subscribe((s, prev) => {
      if (s.files !== prev.files || s.activeFile !== prev.activeFile || s.diagnostics !== prev.diagnostics) sync()
    })
    return () => {
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

  return <div ref={host} className="monaco-host" data-testid="yaml-editor-b" />
}
