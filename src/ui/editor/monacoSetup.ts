// Monaco, configured once: the lean editor entry (no TS/CSS/HTML language workers), the YAML
// tokenizer, monaco-yaml with the generated Job schema, and local workers. Only ever reached
// through React.lazy, so none of this is in the first-paint bundle. Nothing is fetched from a CDN.
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import { configureMonacoYaml } from 'monaco-yaml'
import jobSchema from '../schema/job.schema.json'
import EditorWorker from './workers/editor.worker.ts?worker'
import YamlWorker from './workers/yaml.worker.ts?worker'

const getWorker = (_id: string, label: string): Worker => (label === 'yaml' ? new YamlWorker() : new EditorWorker())
self.MonacoEnvironment = { getWorker }

// Shim: monaco-worker-manager 2.0.1 (used by monaco-yaml) calls the legacy
// createWebWorker({ moduleId, label, createData }); monaco-editor ≥ 0.55 accepts only { worker }.
interface LegacyWorkerOptions { worker?: unknown; label?: string; createData?: unknown; host?: unknown; keepIdleModels?: boolean }
type CreateWebWorker = typeof monaco.editor.createWebWorker
const original: CreateWebWorker = monaco.editor.createWebWorker
const patched = (options: LegacyWorkerOptions) => {
  if (options.worker) return original(options as Parameters<CreateWebWorker>[0])
  const worker = Promise.resolve(getWorker('workerMain.js', options.label ?? '')).then((w) => {
    w.postMessage('ignore')
    w.postMessage(options.createData)
    return w
  })
  return original({ worker, host: options.host, keepIdleModels: options.keepIdleModels } as Parameters<CreateWebWorker>[0])
}
monaco.editor.createWebWorker = patched as unknown as CreateWebWorker

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  validate: true,
  hover: true,
  completion: true,
  schemas: [{ uri: 'inmemory://schemas/k8s-batch-v1-job.json', fileMatch: ['*'], schema: jobSchema as object }],
})

monaco.editor.defineTheme('playground-light', {
  base: 'vs', inherit: true, rules: [],
  // Line numbers at 4.5:1, and the current line outlined rather than tinted so every token keeps
  // its contrast on white.
  colors: { 'editor.background': '#ffffff', 'editorLineNumber.foreground': '#6e7686', 'editor.lineHighlightBackground': '#ffffff00',
    'editor.lineHighlightBorder': '#e6e9ef' },
})
monaco.editor.defineTheme('playground-dark', {
  base: 'vs-dark', inherit: true, rules: [],
  colors: { 'editor.background': '#151a22', 'editorLineNumber.foreground': '#7d879a', 'editor.lineHighlightBackground': '#1b212b' },
})

export { monaco }

/** The options every YAML editor of the page is created with (the scenario's and compare's B). */
export function yamlEditorOptions(theme: 'light' | 'dark', ariaLabel: string): monaco.editor.IStandaloneEditorConstructionOptions {
  return {
    automaticLayout: true, minimap: { enabled: false }, fontSize: 13, lineHeight: 20, tabSize: 2,
    scrollBeyondLastLine: false, renderLineHighlight: 'line', fixedOverflowWidgets: true,
    padding: { top: 8 }, theme: theme === 'dark' ? 'playground-dark' : 'playground-light',
    ariaLabel, scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, useShadows: false },
  }
}

/** Diagnostic severities as Monaco's marker severities. */
export const MARKER_SEVERITY = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning } as const
