import { describe, expect, it } from 'vitest'
import { diagnosticsToMarkers } from './diagnosticsToMarkers'

describe('diagnosticsToMarkers', () => {
  it('places a diagnostic at its line and runs to the end of the line when no end is given', () => {
    const markers = diagnosticsToMarkers([
      { file: 'a.yaml', line: 4, column: 16, severity: 'error', message: 'must be >= 1' },
      { file: 'b.yaml', line: 1, severity: 'error', message: 'other file' },
    ], 'a.yaml', () => 17)
    expect(markers).toEqual([{ severity: 'error', message: 'must be >= 1', startLineNumber: 4, startColumn: 16, endLineNumber: 4, endColumn: 18 }])
  })
  it('puts a position-less diagnostic on the first line', () => {
    const [m] = diagnosticsToMarkers([{ file: 'a.yaml', severity: 'warning', message: 'x' }], 'a.yaml', () => 0)
    expect(m).toMatchObject({ startLineNumber: 1, startColumn: 1, endColumn: 2 })
  })
})
