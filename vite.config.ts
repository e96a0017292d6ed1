/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// `base: './'` keeps every asset URL relative, so the built page works from any folder and
// inside iframes on other sites (DESIGN §4.3).
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: {
    alias: [{
      // monaco-yaml's worker manager imports 'monaco-editor/esm/vs/editor/editor.worker.js', which
      // monaco-editor ≥ 0.56's "exports" map does not resolve (tooling.md pitfall 1).
      find: /^monaco-editor\/esm\/vs\//,
      replacement: fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url)),
    }],
  },
  optimizeDeps: {
    // Found late (lazy chunks, workers); listing them avoids a reload on the first `vite` visit.
    include: ['monaco-editor/editor', 'monaco-editor/features/register.all', 'monaco-editor/languages/definitions/yaml/register',
      'monaco-yaml', 'monaco-editor/esm/vs/editor/editor.worker.js', 'monaco-yaml/yaml.worker.js', 'yaml', '@xterm/xterm'],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 6000 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
  },
})
