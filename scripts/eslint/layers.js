// A local ESLint rule that enforces the layer table of DESIGN §2 (docs/ARCHITECTURE.md):
// each folder under src/ may import only the layers listed for it, and the pure simulation
// core may import no package at all. Paths are resolved, so `../../ui/x` is caught at any depth.
import path from 'node:path'

/** layer → layers it may import (itself included). */
export const LAYERS = {
  sim: ['sim'],
  kubectl: ['sim', 'kubectl'],
  scenario: ['sim', 'kubectl', 'scenario'],
  worker: ['sim', 'kubectl', 'scenario', 'worker'],
  share: ['sim', 'scenario', 'share'],
  state: ['sim', 'kubectl', 'scenario', 'worker', 'share', 'state'],
  ui: ['sim', 'kubectl', 'scenario', 'worker', 'share', 'state', 'ui'],
  cli: ['sim', 'kubectl', 'scenario', 'cli'],
}

/** Packages a layer must never import, with the reason shown to the developer. */
const BROWSER_ONLY = ['react', 'react-dom', 'd3', 'monaco-editor', 'monaco-yaml', 'zustand', '@xterm/xterm']
const PACKAGE_BANS = {
  kubectl: BROWSER_ONLY,
  scenario: BROWSER_ONLY,
  cli: BROWSER_ONLY,
  worker: BROWSER_ONLY,
  share: BROWSER_ONLY,
}
/** Test-only packages the core's tests may use. */
const SIM_TEST_PACKAGES = ['vitest', 'fast-check']

function layerOf(file) {
  const rel = path.relative(path.resolve('src'), file)
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null
  const top = rel.split(path.sep)[0]
  return top in LAYERS ? top : null
}

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers of DESIGN §2 apart' },
    schema: [],
    messages: {
      layer: '{{from}}/ may not import {{to}}/ (allowed: {{allowed}}). See docs/ARCHITECTURE.md.',
      simPackage: 'src/sim is the pure core: it may not import the package "{{pkg}}". Put this in a layer above it.',
      banned: '{{from}}/ runs outside the browser too: it may not import "{{pkg}}".',
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename()
    const from = layerOf(file)
    if (!from) return {}
    const isTest = /\.test\.tsx?$/.test(file)
    function check(node, spec) {
      if (typeof spec !== 'string') return
      if (spec.startsWith('.')) {
        const to = layerOf(path.resolve(path.dirname(file), spec))
        if (to && !LAYERS[from].includes(to)) {
          context.report({ node, messageId: 'layer', data: { from, to, allowed: LAYERS[from].join(', ') } })
        }
        return
      }
      const pkg = packageName(spec)
      if (from === 'sim') {
        if (isTest && SIM_TEST_PACKAGES.includes(pkg)) return
        context.report({ node, messageId: 'simPackage', data: { pkg } })
        return
      }
      if ((PACKAGE_BANS[from] ?? []).includes(pkg)) context.report({ node, messageId: 'banned', data: { from, pkg } })
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    }
  },
}
