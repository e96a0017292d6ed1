// Monaco's base editor worker, wrapped locally so Vite bundles it as a worker (tooling.md pitfall 4).
import 'monaco-editor/esm/vs/editor/editor.worker.js'
