import { describe, expect, it } from 'vitest'
import { TRACE_SCHEMA, type PodEvent, type Trace, type TraceEvent } from '../../sim/trace/events'
import { runScenario } from '../../scenario/run'
import { oneJobScenario } from '../../scenario/testing/oneJobScenario'
import { narrate, narrationCountUntil, stepNarration } from './narration'

const trace = (events: TraceEvent[]): Trace =>
  ({ schema: TRACE_SCHEMA, seed: 1, startTime: '2026-01-03T01:46:00Z', end: 10_000, stopped: 'idle', events, files: {} })

const pod = (at: number, status: string, extra: Partial<PodEvent> = {}): PodEvent =>
  ({ at, type: 'pod', name: 'hello-7xk2p', job: 'hello', index: null, phase: 'Running', status, ready: '0/1', restarts: 0, node: 'node-1', ...extra })

const job = (at: number, status: string, completions: string, extra = {}): TraceEvent =>
  ({ at, type: 'job', name: 'hello', status, completions, active: 1, ready: 0, succeeded: 0, failed: 0, terminating: 0, conditions: [], ...extra })

describe('narrate', () => {
  it('retells STATUS changes of pods and Jobs, and nothing when only other columns change', () => {
    const items = narrate(trace([
      job(0, 'Running', '0/1'),
      pod(80, 'Pending', { ready: '0/1' }),
      pod(140, 'Pending'), // scheduled: same STATUS
      pod(2000, 'Running', { ready: '1/1' }),
      pod(7000, 'Completed'),
      job(8000, 'Running', '1/1'),
      job(8000, 'Complete', '1/1'),
      pod(9000, 'Completed', { deleted: true }),
    ]))
    expect(items.map((i) => [i.at, i.kind, i.object, i.text])).toEqual([
      [0, 'job', 'Job/hello', 'Job hello created: Running, 0/1 completions'],
      [80, 'pod', 'Pod/hello-7xk2p', 'hello-7xk2p created: Pending'],
      [2000, 'pod', 'Pod/hello-7xk2p', 'hello-7xk2p: Pending → Running'],
      [7000, 'pod', 'Pod/hello-7xk2p', 'hello-7xk2p: Running → Completed'],
      [8000, 'job', 'Job/hello', 'Job hello: 1/1 completions'],
      [8000, 'job', 'Job/hello', 'Job hello: Running → Complete, 1/1 completions'],
      [9000, 'pod', 'Pod/hello-7xk2p', 'hello-7xk2p was deleted'],
    ])
  })

  it('uses a decision\'s own sentence, and names written files by the path the pods mount', () => {
    const items = narrate(trace([
      { at: 5, type: 'decision', controller: 'job-controller', object: 'Job/hello', rule: 'job.create', text: '0 active: create 1 pod' },
      { at: 6, type: 'write', path: '/tmp/data/message.txt', node: 'node-1', pod: 'hello-7xk2p', container: 'c', data: 'Hello from hello-7xk2p\n', append: true },
      { at: 7, type: 'write', path: '/tmp/other/log.txt', node: 'node-1', pod: 'hello-7xk2p', container: 'c', data: 'a\nb\n', append: false },
    ]), [['/tmp/data', '/data']])
    expect(items).toEqual([
      { at: 5, kind: 'decision', object: 'Job/hello', text: '0 active: create 1 pod' },
      { at: 6, kind: 'write', object: 'Pod/hello-7xk2p', text: 'hello-7xk2p appended “Hello from hello-7xk2p” to /data/message.txt' },
      // Not under a known mount: the node's path; a multi-line write shows its first line.
      { at: 7, kind: 'write', object: 'Pod/hello-7xk2p', text: 'hello-7xk2p wrote “a …” to /tmp/other/log.txt' },
    ])
  })

  it('retells a command with the first line of its output, and a failure with its exit code', () => {
    const items = narrate(trace([
      { at: 0, type: 'command', startedAt: 0, command: 'kubectl apply -f job.yaml', output: 'job.batch/hello created\n', exitCode: 0 },
      { at: 3, type: 'command', startedAt: 3, command: 'kubectl get pod nope', output: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 },
    ]))
    expect(items.map((i) => i.text)).toEqual([
      '$ kubectl apply -f job.yaml → job.batch/hello created',
      '$ kubectl get pod nope failed (exit 1): Error from server (NotFound): pods "nope" not found',
    ])
  })

  it('has the engine\'s decision records of a real run, in trace order', () => {
    const run = runScenario(oneJobScenario('hello', 'echo hi', [['0s', 'kubectl apply -f job.yaml']]))
    const items = narrate(run.trace)
    const decisions = run.trace.events.filter((e) => e.type === 'decision')
    expect(decisions.length).toBeGreaterThan(0)
    expect(items.filter((i) => i.kind === 'decision').map((i) => i.text)).toEqual(decisions.map((e) => e.text))
    expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort((a, b) => a - b))
    // The pod ends Completed and the Job Complete, and the narration says so.
    expect(items.some((i) => i.kind === 'pod' && / → Completed$/.test(i.text))).toBe(true)
    expect(items.some((i) => i.kind === 'job' && / → Complete, 1\/1 completions$/.test(i.text))).toBe(true)
  })
})

describe('stepNarration', () => {
  const items = narrate(trace([
    { at: 0, type: 'command', startedAt: 0, command: 'kubectl apply -f job.yaml', output: '', exitCode: 0 },
    { at: 1000, type: 'decision', controller: 'job-controller', object: 'Job/hello', rule: 'a', text: 'first' },
    { at: 1000, type: 'decision', controller: 'job-controller', object: 'Job/hello', rule: 'b', text: 'second' },
    pod(1000, 'Pending'),
    { at: 3000, type: 'decision', controller: 'kubelet', object: 'Pod/hello-7xk2p', rule: 'c', text: 'third' },
  ]))
  const text = (i: number | null) => (i === null ? null : items[i]!.text)

  it('finds the next item of a kind after the playhead, and the previous one before it', () => {
    expect(text(stepNarration(items, 'decision', 1, 0, null))).toBe('first')
    expect(text(stepNarration(items, 'decision', 1, 1000, null))).toBe('third')
    expect(text(stepNarration(items, 'decision', -1, 3000, null))).toBe('second')
    expect(text(stepNarration(items, 'pod', -1, 1000, null))).toBe(null)
    expect(stepNarration(items, 'decision', 1, 3000, null)).toBe(null)
  })

  it('walks items that share a millisecond one by one from the current item', () => {
    expect(text(stepNarration(items, 'decision', 1, 1000, 1))).toBe('second')
    expect(text(stepNarration(items, 'decision', -1, 1000, 2))).toBe('first')
    expect(text(stepNarration(items, null, 1, 1000, 2))).toBe('hello-7xk2p created: Pending')
  })

  it('counts the items by a time', () => {
    expect(narrationCountUntil(items, 999)).toBe(1)
    expect(narrationCountUntil(items, 1000)).toBe(4)
  })
})
