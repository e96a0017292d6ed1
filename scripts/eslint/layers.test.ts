// Proof that the layer rules bite: deliberate violations, linted and type-checked as if they were
// files of the project, must be reported. If someone loosens a rule, these tests fail.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve('.') })

async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(file) })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('lint keeps src/sim pure', () => {
  it.each([
    ["import React from 'react'\nexport const x = React", 'may not import the package "react"'],
    ["import * as d3 from 'd3'\nexport const x = d3", 'may not import the package "d3"'],
    ["import { createStore } from 'zustand'\nexport const x = createStore", 'may not import the package "zustand"'],
    ["import * as m from 'monaco-editor'\nexport const x = m", 'may not import the package "monaco-editor"'],
    ["import { parse } from 'yaml'\nexport const x = parse", 'may not import the package "yaml"'],
    ["import { App } from '../../ui/app/App'\nexport const x = App", 'sim/ may not import ui/'],
    ["import { humanDuration } from '../../kubectl/printers/humanDuration'\nexport const x = humanDuration", 'sim/ may not import kubectl/'],
    ['export const t = Date.now()', 'simulated time'],
    ['export const r = Math.random()', 'seeded Rng'],
    ['export const p = performance.now()', 'simulated time'],
    ['export const d = new Date()', 'wall clock'],
    ['setTimeout(() => 1, 5)', 'no setTimeout'],
    ['export const w = window.location', 'no window'],
  ])('refuses %j', async (code, message) => {
    const messages = await lint('src/sim/kernel/__fixture__.ts', code)
    expect(messages.join('\n')).toContain(message)
  })

  it('lets the core import itself, and its tests use vitest', async () => {
    expect(await lint('src/sim/kernel/__fixture__.ts', "import { ms } from './time'\nexport const t = ms(1)")).toEqual([])
    expect(await lint('src/sim/kernel/__fixture__.test.ts', "import { expect } from 'vitest'\nexpect(1).toBe(1)")).toEqual([])
  })

  it('keeps the other layers in their lanes', async () => {
    expect((await lint('src/kubectl/__fixture__.ts', "import { appStore } from '../state/store'\nexport const s = appStore")).join()).toContain('kubectl/ may not import state/')
    expect((await lint('src/cli/__fixture__.ts', "import * as d3 from 'd3'\nexport const x = d3")).join()).toContain('may not import "d3"')
    expect(await lint('src/ui/__fixture__.ts', "import { appStore } from '../state/store'\nexport const s = appStore")).toEqual([])
  })

  it('refuses focused and skipped tests anywhere', async () => {
    expect((await lint('src/share/__fixture__.test.ts', "import { it } from 'vitest'\nit.only('x', () => {})")).join()).toContain('No focused or skipped tests')
  })
})

describe('type-check keeps src/sim free of the DOM and of Node', () => {
  it('does not know document, window, setTimeout or process there', () => {
    const config = ts.readConfigFile(resolve('tsconfig.sim.json'), ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, resolve('.'))
    const dir = mkdtempSync(join(tmpdir(), 'sim-lib-'))
    const file = join(dir, 'fixture.ts')
    writeFileSync(file, 'export const a = document.title\nexport const b = window\nsetTimeout(() => 0, 1)\nexport const c = process.env\n')
    const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram([file], options))
    const text = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')
    for (const name of ['document', 'window', 'setTimeout', 'process']) expect(text).toContain(`Cannot find name '${name}'`)
  })
})
