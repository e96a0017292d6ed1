import { describe, expect, it } from 'vitest'
import { runScenario } from './run'
import { oneJobScenario } from './testing/oneJobScenario'
import { CommandOutput } from './commandOutput'

describe('CommandOutput', () => {
  it('keeps one piece per instant and reports a stream only for output spread over time', () => {
    let now = 0
    const out = new CommandOutput(() => now)
    out.write('NAME\n')
    out.write('a\n')
    expect(out.stream()).toBeUndefined()
    now = 1500
    out.write('')
    out.write('b\n')
    expect(out.output).toBe('NAME\na\nb\n')
    expect(out.stream()).toEqual([{ at: 0, text: 'NAME\na\n' }, { at: 1500, text: 'b\n' }])
  })
})

describe('a watch step in a scenario', () => {
  it('records each row the watch printed with the time it appeared', () => {
    const { trace } = runScenario(oneJobScenario('w', 'sleep 5', [['0s', 'kubectl apply -f job.yaml'], ['1s', 'kubectl get jobs -w']]))
    const watch = trace.events.find((e) => e.type === 'command' && e.command === 'kubectl get jobs -w')
    if (watch?.type !== 'command') throw new Error('no watch command')
    expect(watch.exitCode).toBe(130)
    const stream = watch.stream ?? []
    expect(stream.length).toBeGreaterThan(1)
    expect(stream.map((p) => p.text).join('')).toBe(watch.output)
    expect(stream[0]).toMatchObject({ at: 1000 })
    expect(stream[0]!.text).toMatch(/^NAME\s+STATUS\s+COMPLETIONS\s+DURATION\s+AGE\n/)
    // Rows arrive as the Job's status changes: later pieces come later, and the last says Complete.
    expect(stream.every((p, i) => i === 0 || p.at > stream[i - 1]!.at)).toBe(true)
    expect(stream.at(-1)!.text).toMatch(/^w\s+Complete\s+1\/1/m)
    const jobRows = trace.events.filter((e) => e.type === 'job').map((e) => e.at)
    for (const p of stream.slice(1)) expect(jobRows).toContain(p.at)
  })
})
