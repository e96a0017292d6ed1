import { describe, expect, it } from 'vitest'
import { advanceOutput } from './watchStream'

const watch = {
  startedAt: 1000,
  output: 'NAME   STATUS\nw      Running\nw      Complete\n',
  stream: [{ at: 1000, text: 'NAME   STATUS\nw      Running\n' }, { at: 9000, text: 'w      Complete\n' }],
}

describe('advanceOutput', () => {
  it('prints an ordinary command whole, once', () => {
    const plain = { startedAt: 0, output: 'pod/x created\n' }
    expect(advanceOutput(plain, 0)).toEqual({ text: 'pod/x created\n', shown: 1, done: true })
    expect(advanceOutput(plain, 5000, 1).text).toBe('')
  })

  it('prints a watch up to the playhead and the rest as time plays', () => {
    const first = advanceOutput(watch, 1000)
    expect(first).toEqual({ text: 'NAME   STATUS\nw      Running\n', shown: 1, done: false })
    expect(advanceOutput(watch, 8999, first.shown)).toEqual({ text: '', shown: 1, done: false })
    expect(advanceOutput(watch, 9000, first.shown)).toEqual({ text: 'w      Complete\n', shown: 2, done: true })
  })

  it('prints the header even when the playhead is before the command (it was typed there)', () => {
    expect(advanceOutput(watch, 0).text).toBe('NAME   STATUS\nw      Running\n')
  })

  it('waits for the first row when the watch started with nothing to list', () => {
    const empty = { ...watch, startedAt: 0 }
    expect(advanceOutput(empty, 0)).toEqual({ text: '', shown: 0, done: false })
    expect(advanceOutput(empty, 1000).text).toBe('NAME   STATUS\nw      Running\n')
  })

  it('catches up at once when the playhead jumps past several pieces', () => {
    expect(advanceOutput(watch, 60_000)).toEqual({ text: watch.output, shown: 2, done: true })
  })
})
