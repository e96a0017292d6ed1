// Simulation diagnostics → Monaco marker data for one file. Pure, so line/column handling is
// tested without a browser. Missing positions fall back to the whole first line.
import type { Diagnostic } from '../../worker/simClient'

export interface MarkerData {
  severity: 'error' | 'warning'
  message: string
  startLineNumber: number
  startColumn: number
  endLineNumber: number
  endColumn: number
}

export function diagnosticsToMarkers(diagnostics: readonly Diagnostic[], file: string, lineLength: (line: number) => number): MarkerData[] {
  return diagnostics.filter((d) => d.file === file).map((d) => {
    const line = Math.max(1, d.line ?? 1)
    const col = Math.max(1, d.column ?? 1)
    const endLine = Math.max(line, d.endLine ?? line)
    const sameLine = endLine === line
    const endCol = d.endColumn ?? (sameLine ? Math.max(col + 1, lineLength(line) + 1) : 1)
    return { severity: d.severity, message: d.message, startLineNumber: line, startColumn: col, endLineNumber: endLine, endColumn: endCol }
  })
}
