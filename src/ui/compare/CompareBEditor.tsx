// Monaco for scenario B: B's files as models of their own (`file:///compare-b/NAME`, so they
// never collide with A's), the active one shown. Typing goes to compareActions.editFile, which
// autosaves B and re-simulates it; B's diagnostics become markers. Loaded lazily, like A's editor.
import { useEffect, useRef } from 'react'
import { compareActions, compareStore } from '../../state/compare'
import { useTheme } from '../app/theme'
import { bindFileModels } from '../editor/bindFileModels'
import { monaco, yamlEditorOptions } from '../editor/monacoSetup'

const uriFor = (file: string) => monaco.Uri.parse(`file:///compare-b/${encodeURIComponent(file)}`)

export default function CompareBEditor() {
  const host = useRef<HTMLDivElement>(null)
  const theme = useTheme((s) => s.theme)
  const themeRef = useRef(theme)

  useEffect(() => {
    const el = host.current
    if (!el) return
    const editor = monaco.editor.create(el, yamlEditorOptions(themeRef.current, 'YAML editor for scenario B'))
    const unbind = bindFileModels(editor, { uriFor, getState: compareStore.getState, subscribe: compareStore.subscribe, editFile: compareActions.editFile })
    editor.focus()
    return () => {
      editor.dispose()
      unbind()
    }
  }, [])

  useEffect(() => {
    themeRef.current = theme
    monaco.editor.setTheme(theme === 'dark' ? 'playground-dark' : 'playground-light')
  }, [theme])

  return <div ref={host} className="monaco-host" data-testid="yaml-editor-b" />
}
