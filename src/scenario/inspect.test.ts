import { describe, expect, it } from 'vitest'
import { inspectAt } from './inspect'
import { runScenario } from './run'
import { oneJobScenario } from './testing/oneJobScenario'


const scenario = () => oneJobScenario('insp', 'echo hello; sleep 20', [['0s', 'kubectl apply -f job.yaml']])

describe('inspectAt', () => {
  const { trace } = runScenario(scenario())
  const pod = trace.events.find((e) => e.type === 'pod')
  const name = pod?.type === 'pod' ? pod.name : ''

  it('describes a pod as it is at that instant: Running at 10 s, Completed once it has ended', () => {
    const [running] = inspectAt(scenario(), {}, 10_000, [['describe', 'pod', name]])
    expect(running).toMatch(new RegExp(`^Name: +${name}\\n`))
    expect(running).toMatch(/^Status: +Running$/m)
    expect(running).toMatch(/^ {4}State: +Running$/m)
    const [done] = inspectAt(scenario(), {}, trace.end + 60_000, [['describe', 'pod', name]])
    expect(done).toMatch(/^Status: +Succeeded$/m)
    expect(done).toMatch(/^ {6}Reason: +Completed$/m)
  })

  it('reads ages from the inspected instant, even after the run went idle', () => {
    const [early] = inspectAt(scenario(), {}, trace.end, [['get', 'pods']])
    const [later] = inspectAt(scenario(), {}, trace.end + 600_000, [['get', 'pods']])
    expect(early).toMatch(/\s\d+s\n$/)
    expect(later).toMatch(/\s1[01]m\n$/)
  })

  it('answers several commands, and leaves nothing behind in the scenario', () => {
    const out = inspectAt(scenario(), {}, 10_000, [['logs', name], ['get', 'jobs', '-w']])
    expect(out).toEqual(['hello\n', ''])
  })
})
