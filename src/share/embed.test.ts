import { describe, expect, it } from 'vitest'
import { jobStatus, observe, timeChecks } from '../scenario/checks'
import { lessonById } from '../scenario/lessons'
import { lessonScenario } from '../scenario/lessons/scenarioOf'
import { runScenario } from '../scenario/run'
import { TRACE_SCHEMA, type Trace } from '../sim/trace/events'
import { eventsBetween, frameMessage, type FrameBody, jobsAt, parseFrameMessage, parseHostMessage, teachingEvents, type Receiver } from './embed'

const me: Receiver = { frame: 'left', ownOrigin: 'https://play.example', allowedOrigins: ['https://teacher.example'] }
const cmd = (body: Record<string, unknown>) => ({ target: 'jobs-playground', frame: 'left', ...body })

describe('host → frame commands', () => {
  it.each([
    [{ type: 'play' }],
    [{ type: 'pause' }],
    [{ type: 'seek', time: 54_000 }],
    [{ type: 'setSpeed', speed: 10 }],
    [{ type: 'load', lesson: 'job-suspend' }],
    [{ type: 'load', fragment: '#s=1.abc' }],
    [{ type: 'load', yaml: 'steps: []' }],
  ])('accepts %j from an allowed origin', (body) => {
    expect(parseHostMessage(cmd(body), 'https://teacher.example', me)).toEqual(cmd(body))
    expect(parseHostMessage(cmd(body), 'https://play.example', me)).toEqual(cmd(body))
  })

  it('ignores other origins, other frames and foreign messages', () => {
    expect(parseHostMessage(cmd({ type: 'play' }), 'https://evil.example', me)).toBeNull()
    expect(parseHostMessage({ ...cmd({ type: 'play' }), frame: 'right' }, 'https://teacher.example', me)).toBeNull()
    expect(parseHostMessage({ type: 'play', frame: 'left' }, 'https://teacher.example', me)).toBeNull()
    expect(parseHostMessage('play', 'https://teacher.example', me)).toBeNull()
    expect(parseHostMessage(null, 'https://teacher.example', me)).toBeNull()
  })

  it.each([
    [{ type: 'seek', time: -1 }],
    [{ type: 'seek', time: '5' }],
    [{ type: 'seek', time: Number.NaN }],
    [{ type: 'setSpeed', speed: 0 }],
    [{ type: 'setSpeed', speed: 5000 }],
    [{ type: 'load' }],
    [{ type: 'load', lesson: 'a', yaml: 'b' }],
    [{ type: 'load', fragment: 'javascript:alert(1)' }],
    [{ type: 'explode' }],
  ])('refuses the malformed command %j', (body) => {
    expect(parseHostMessage(cmd(body), 'https://teacher.example', me)).toBeNull()
  })
})

describe('frame → host messages', () => {
  it('round-trips every message kind through the host-side validator', () => {
    const bodies = [
      { type: 'ready', version: 1, lesson: 'job-completions', duration: 261_000 },
      { type: 'state', time: 0, duration: 1000, playing: false, speed: 10, jobs: [{ name: 'j', status: 'Running', completions: '0/5' }] },
      { type: 'job', time: 1, name: 'j', status: 'Complete', completions: '5/5', previousStatus: 'SuccessCriteriaMet' },
      { type: 'pod', time: 1, name: 'p', job: 'j', index: null, status: 'Completed', ready: '0/1', restarts: 0, previousStatus: 'Running', deleted: false },
      { type: 'step', time: 1, command: 'kubectl get job', exitCode: 0, output: 'x\n' },
      { type: 'check', time: 1, id: 'complete', text: 'j reaches Complete', kind: 'observe' },
      { type: 'resize', height: 480 },
      { type: 'error', message: 'The link is damaged.' },
    ] satisfies FrameBody[]
    for (const b of bodies) {
      const m = frameMessage('left', b)
      expect(parseFrameMessage(JSON.parse(JSON.stringify(m)))).toEqual(m)
      expect(parseFrameMessage(m, 'right')).toBeNull()
    }
  })
  it('refuses lookalikes', () => {
    expect(parseFrameMessage({ source: 'jobs-playground', frame: 'left', type: 'resize', height: -3 })).toBeNull()
    expect(parseFrameMessage({ source: 'other', frame: 'left', type: 'resize', height: 3 })).toBeNull()
    expect(parseFrameMessage({ source: 'jobs-playground', frame: 'left', type: 'job', time: 1 })).toBeNull()
  })
})

describe('teaching events as the playhead moves', () => {
  // The seed lab "Job with Completion": pods one at a time, 1/5 at ~54 s, SuccessCriteriaMet 4/5
  // then Complete 5/5 at the end.
  const lesson = lessonById('job-completions')!
  const parsed = lessonScenario(lesson)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  const trace = runScenario(parsed.scenario).trace
  const events = teachingEvents(trace, timeChecks([observe('done', jobStatus('demo-job-completion', 'Complete', '5/5'))], trace))

  it('reports only changes: each job row differs from the previous one of that Job', () => {
    const jobs = events.filter((e) => e.type === 'job')
    expect(jobs.map((j) => `${j.status} ${j.completions}`)).toEqual([
      'Running 0/5', 'Running 1/5', 'Running 2/5', 'Running 3/5', 'Running 4/5', 'SuccessCriteriaMet 4/5', 'Complete 5/5',
    ])
    expect(jobs.at(-1)).toMatchObject({ previousStatus: 'SuccessCriteriaMet' })
  })

  it('gives each pod its status changes (Pending → Init:0/1 → PodInitializing → Running → Completed)', () => {
    const first = events.filter((e) => e.type === 'pod').map((e) => (e.type === 'pod' ? e : null))
    const name = first[0]!.name
    expect(first.filter((p) => p!.name === name).map((p) => p!.status)).toEqual(['Pending', 'Init:0/1', 'PodInitializing', 'Running', 'Completed'])
  })

  it('splits the run into windows without losing or repeating an event', () => {
    const cuts = [0, 1000, 20_000, 54_000, 54_000, 100_000, trace.end]
    const seen = cuts.slice(1).flatMap((to, i) => eventsBetween(events, cuts[i]!, to))
    expect(seen).toEqual(events.filter((e) => e.time > 0))
    expect(eventsBetween(events, 100_000, 50_000)).toEqual([])
  })

  it('announces the check when it passes, after the row that made it pass', () => {
    const i = events.findIndex((e) => e.type === 'check')
    expect(events[i]).toMatchObject({ type: 'check', id: 'done' })
    expect(events[i - 1]).toMatchObject({ type: 'job', status: 'Complete' })
  })

  it('lists the Jobs as of a playhead time for `state`', () => {
    expect(jobsAt(trace, 60_000)).toEqual([{ name: 'demo-job-completion', status: 'Running', completions: '1/5' }])
    expect(jobsAt(trace, trace.end)).toEqual([{ name: 'demo-job-completion', status: 'Complete', completions: '5/5' }])
    const gone: Trace = { schema: TRACE_SCHEMA, seed: 1, startTime: '', end: 2, stopped: 'idle', files: {}, events: [
      { at: 1, type: 'job', name: 'x', status: 'Complete', completions: '1/1', active: 0, ready: 0, succeeded: 1, failed: 0, terminating: 0, conditions: [] },
      { at: 2, type: 'job', name: 'x', status: 'Complete', completions: '1/1', active: 0, ready: 0, succeeded: 1, failed: 0, terminating: 0, conditions: [], deleted: true },
    ] }
    expect(jobsAt(gone, 1)).toHaveLength(1)
    expect(jobsAt(gone, 2)).toEqual([])
  })
})
