import { describe, expect, it } from 'vitest'
import { runScenario } from './run'
import { oneJobScenario } from './testing/oneJobScenario'
import { isWatchStep } from './watchStep'

describe('isWatchStep', () => {
  it('knows the watch flags of kubectl get', () => {
    for (const run of ['kubectl get pods -w', 'kubectl get jobs --watch', 'kubectl get pods --watch=true -l app=x', ' kubectl get pods --watch-only'])
      expect(isWatchStep(run), run).toBe(true)
  })

  it('leaves everything else in the main terminal', () => {
    for (const run of ['kubectl get pods', 'kubectl get pods --watch=false', 'kubectl logs -f pod/x', 'echo -w', 'kubectl get pods -w; kubectl get jobs', 'kubectl get pods -wide'])
      expect(isWatchStep(run), run).toBe(false)
  })
})

describe('a watch among the steps', () => {
  it('runs in a terminal of its own: the steps after it still run, at their times', () => {
    const { trace } = runScenario(oneJobScenario('w', 'sleep 5', [
      ['0s', 'kubectl get jobs -w'], ['1s', 'kubectl apply -f job.yaml'], ['2m', 'kubectl get jobs'],
    ]))
    const commands = trace.events.filter((e) => e.type === 'command')
    expect(commands.map((c) => [c.command, c.startedAt, c.exitCode])).toEqual([
      ['kubectl apply -f job.yaml', 1000, 0],
      ['kubectl get jobs', 120_000, 0],
      ['kubectl get jobs -w', 0, 130],
    ])
    const watch = commands[2]!
    // Before the apply there is nothing to list, and a watch prints nothing (reference §1.2.7):
    // the header comes with the first row, when the Job appears.
    expect(watch.stream?.[0]?.at).toBe(1000)
    expect(watch.output).toMatch(/^NAME\s+STATUS\s+COMPLETIONS\s+DURATION\s+AGE\nw\s+Running\s+0\/1\s/)
    expect(watch.output).toMatch(/^w\s+Complete\s+1\/1/m)
    expect(commands[1]!.output).toMatch(/^w\s+Complete\s+1\/1/m)
  })
})
