// Side-effect worker entry points without type declarations (tooling.md pitfall 6).
declare module 'monaco-editor/esm/vs/editor/editor.worker.js'
