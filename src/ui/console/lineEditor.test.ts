import { describe, expect, it } from 'vitest'
import { backspace, emptyLine, historyDown, historyUp, submit, typeText } from './lineEditor'

describe('console line editor', () => {
  it('types, erases and submits into history', () => {
    let s = typeText(emptyLine(), 'kubectl get podz')
    s = typeText(backspace(s), 's')
    const { command, next } = submit(s)
    expect(command).toBe('kubectl get pods')
    expect(next).toMatchObject({ line: '', history: ['kubectl get pods'] })
    expect(submit(next).next.history).toHaveLength(1)
  })
  it('walks history up and back down to the draft', () => {
    let s = typeText(emptyLine(['a', 'b']), 'dra')
    s = historyUp(historyUp(s))
    expect(s.line).toBe('a')
    expect(historyUp(s).line).toBe('a')
    s = historyDown(historyDown(s))
    expect(s.line).toBe('dra')
  })
})
