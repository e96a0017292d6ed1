// What the editor pane shows until Monaco has loaded: the text itself, read-only, so the page
// is useful from the first paint.
import { useAppStore } from '../hooks/useAppStore'

export function EditorFallback() {
  const text = useAppStore((s) => s.files[s.activeFile] ?? '')
  return <pre className="editor-fallback" aria-busy="true" aria-label="Loading the editor">{text}</pre>
}
