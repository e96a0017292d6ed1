// The worker client against a fake Worker: requests and replies are matched by id, a crash fails
// what is pending and is reported, and a crash while only warming up is not reported.
import { describe, expect, it, vi } from 'vitest'
import type { Reply, Request } from './protocol'
import type { ScenarioInput } from './simClient'
import { WorkerSimClient } from './workerSimClient'

class FakeWorker {
  sent: Request[] = []
  terminated = false
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null
  onerror: ((e: ErrorEvent) => void) | null = null
  onmessageerror: (() => void) | null = null
  postMessage(m: Request) { this.sent.push(m) }
  terminate() { this.terminated = true }
  reply(r: Reply) { this.onmessage?.({ data: r } as MessageEvent<unknown>) }
  crash(message: string) { this.onerror?.({ message } as ErrorEvent) }
}

const input: ScenarioInput = { files: { 'a.yaml': 'kind: Job' }, steps: [], seed: 1 }

function setUp() {
  const workers: FakeWorker[] = []
  const onRestart = vi.fn()
  const client = new WorkerSimClient({ create: () => { const w = new FakeWorker(); workers.push(w); return w as unknown as Worker }, onRestart })
  return { client, workers, onRestart }
}

describe('WorkerSimClient', () => {
  it('answers a simulation with the reply that carries its id', async () => {
    const { client, workers } = setUp()
    const answer = client.simulate(input)
    const [sent] = workers[0]!.sent
    expect(sent).toMatchObject({ type: 'simulate', input })
    const result = { trace: { events: [] }, diagnostics: [] } as never
    workers[0]!.reply({ type: 'result', id: sent!.id + 1, result: { diagnostics: ['not mine'] } as never })
    workers[0]!.reply({ type: 'result', id: sent!.id, result })
    await expect(answer).resolves.toBe(result)
    client.dispose()
  })

  it('answers an inspection with the outputs its reply carries', async () => {
    const { client, workers } = setUp()
    const answer = client.inspect(input, 5000, [['describe', 'pod', 'x']])
    const [sent] = workers[0]!.sent
    expect(sent).toMatchObject({ type: 'inspect', input, at: 5000, commands: [['describe', 'pod', 'x']] })
    workers[0]!.reply({ type: 'inspection', id: sent!.id, outputs: ['Name: x\n'] })
    await expect(answer).resolves.toEqual(['Name: x\n'])
    client.dispose()
  })

  it('warms up by starting the worker with a ping, once', () => {
    const { client, workers } = setUp()
    client.warmUp()
    client.warmUp()
    expect(workers).toHaveLength(1)
    expect(workers[0]!.sent.map((m) => m.type)).toEqual(['ping'])
    client.dispose()
  })

  it('warms up with a typical input when given one, so the worker can compile the engine before the first edit', () => {
    const { client, workers } = setUp()
    client.warmUp(input)
    expect(workers[0]!.sent).toEqual([expect.objectContaining({ type: 'ping', warm: input })])
    client.dispose()
  })

  it('reports a crash that fails a simulation, and starts a fresh worker for the next one', async () => {
    const { client, workers, onRestart } = setUp()
    const answer = client.simulate(input)
    workers[0]!.crash('out of memory')
    await expect(answer).rejects.toThrow('the simulation worker crashed: out of memory')
    expect(onRestart).toHaveBeenCalledWith('the simulation worker crashed: out of memory')
    expect(workers[0]!.terminated).toBe(true)
    void client.simulate(input).catch(() => undefined)
    expect(workers).toHaveLength(2)
    client.dispose()
  })

  it('does not report a worker that dies while only warming up', () => {
    const { client, workers, onRestart } = setUp()
    client.warmUp()
    workers[0]!.crash('script failed to load')
    expect(onRestart).not.toHaveBeenCalled()
    expect(workers[0]!.terminated).toBe(true)
    client.dispose()
  })
})
