// One Monaco model per scenario file, kept in step with a store both ways: typing goes to
// `editFile`; text set elsewhere (page API, restore, presets) flows back into the models; the
// store's diagnostics become markers; the active file's model is the one shown. Both YAML
// editors (the scenario's and compare's B) bind their store through this.
import type { Diagnostic } from '../../worker/simClient'
import { diagnosticsToMarkers } from './diagnosticsToMarkers'
import { MARKER_SEVERITY, monaco } from './monacoSetup'

export interface FileSource {
  files: Record<string, string>
  activeFile: string
  diagnostics: readonly Diagnostic[]
}

export interface FileBinding<S extends FileSource> {
  /** Where a file's model lives (distinct per editor, so two editors never share a model). */
  uriFor: (file: string) => monaco.Uri
  getState: () => S
  subscribe: (listener: (s: S, prev: S) => void) => () => void
  editFile: (file: string, text: string) => void
}

/** Binds the editor to the store; returns what undoes it (models and listeners disposed). */
export function bindFileModels<S extends FileSource>(editor: monaco.editor.IStandaloneCodeEditor, b: FileBinding<S>): () => void {
  const models = new Map<string, monaco.editor.ITextModel>()
  const listeners: monaco.IDisposable[] = []
  const sync = () => {
    const s = b.getState()
    for (const [file, text] of Object.entries(s.files)) {
      let model = models.get(file)
      if (!model) {
        model = monaco.editor.getModel(b.uriFor(file)) ?? monaco.editor.createModel(text, 'yaml', b.uriFor(file))
        models.set(file, model)
        const m = model
        listeners.push(m.onDidChangeContent(() => b.editFile(file, m.getValue())))
      }
      // Guard the editor ↔ store loop: only push text the model does not already have.
      if (model.getValue() !== text) model.setValue(text)
      const m = model
      monaco.editor.setModelMarkers(m, 'simulation', diagnosticsToMarkers(s.diagnostics, file, (l) => m.getLineMaxColumn(Math.min(l, m.getLineCount())) - 1)
        .map((d) => ({ ...d, severity: MARKER_SEVERITY[d.severity] })))
    }
    const active = models.get(s.activeFile)
    if (active && editor.getModel() !== active) editor.setModel(active)
  }
  sync()
  const unsubscribe = b.subscribe((s, prev) => {
    if (s.files !== prev.files || s.activeFile !== prev.activeFile || s.diagnostics !== prev.diagnostics) sync()
  })
  return () => {
    unsubscribe()
    listeners.forEach((l) => l.dispose())
    models.forEach((m) => m.dispose())
  }
}
