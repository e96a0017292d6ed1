import { describe, expect, it } from 'vitest'
import { jobStatus, observe, timeChecks } from '../scenario/checks'
import { lessonById } from '../scenario/lessons'
import { lessonScenario } from '../scenario/lessons/scenarioOf'
import { runScenario } from '../scenario/run'
import { teachingEvents, type FrameBody } from './embed'
import { createFeed, type FeedView } from './embedFeed'

// The seed lab "Job with Completion", run once by the engine for all tests.
const parsed = lessonScenario(lessonById('job-completions')!)
if (!parsed.ok) throw new Error(parsed.problem.message)
const trace = runScenario(parsed.scenario).trace
const checks = timeChecks([observe('done', jobStatus('demo-job-completion', 'Complete', '5/5'))], trace)
const all = teachingEvents(trace, checks)
const base: FeedView = { trace, checks, time: 0, end: trace.end, playing: false, speed: 12, failure: null, notices: [] }
const types = (out: FrameBody[]) => out.map((m) => m.type)

/** Plays from the current view to `to` in 16 ms wall frames at `speed`, collecting every message. */
function play(feed: ReturnType<typeof createFeed>, from: FeedView, to: number): { out: FrameBody[]; view: FeedView } {
  let view = { ...from, playing: true }
  const out = feed.update(view)
  while (view.time < to) {
    view = { ...view, time: Math.min(to, view.time + 16 * view.speed) }
    out.push(...feed.update(view))
  }
  view = { ...view, playing: false }
  out.push(...feed.update(view))
  return { out, view }
}

describe('the embed feed', () => {
  it('says nothing before the scenario is ready, then ready and state', () => {
    const feed = createFeed()
    expect(feed.update({ ...base, time: 500 })).toEqual([])
    const out = feed.start(base, 'job-completions')
    expect(out[0]).toEqual({ type: 'ready', version: 1, lesson: 'job-completions', duration: trace.end })
    expect(out[1]).toMatchObject({ type: 'state', time: 0, playing: false, jobs: [{ status: 'Running', completions: '0/5' }] })
  })

  it('plays the whole run: every teaching event once, in order, t = 0 included', () => {
    const feed = createFeed()
    feed.start(base, null)
    const { out } = play(feed, base, trace.end)
    expect(out.filter((m) => m.type !== 'state')).toEqual(all)
    // One state when playing starts, one when it stops; none per frame.
    expect(types(out).filter((t) => t === 'state')).toHaveLength(2)
    expect(out.at(-1)).toMatchObject({ type: 'state', time: trace.end, playing: false, jobs: [{ status: 'Complete', completions: '5/5' }] })
  })

  it('answers a backwards seek with state only, then resumes from the new playhead', () => {
    const feed = createFeed()
    feed.start(base, null)
    const { view } = play(feed, base, 120_000)
    const back = { ...view, time: 30_000 }
    expect(types(feed.update(back))).toEqual(['state'])
    const { out } = play(feed, back, 60_000)
    expect(out.filter((m) => m.type !== 'state')).toEqual(all.filter((e) => e.time > 30_000 && e.time <= 60_000))
  })

  it('reports what a forward seek passed, then the state there', () => {
    const feed = createFeed()
    feed.start(base, null)
    const out = feed.update({ ...base, time: 60_000 })
    expect(out.slice(0, -1)).toEqual(all.filter((e) => e.time <= 60_000))
    expect(out.at(-1)).toMatchObject({ type: 'state', time: 60_000, jobs: [{ completions: '1/5' }] })
  })

  it('starts from the playhead of a link opened mid-run', () => {
    const feed = createFeed()
    const mid = { ...base, time: 60_000 }
    feed.start(mid, null)
    expect(feed.update({ ...mid, time: 60_001 }).filter((m) => m.type !== 'state')).toEqual([])
  })

  it('follows the handshake with the notices raised while loading', () => {
    const feed = createFeed()
    const out = feed.start({ ...base, notices: ['This link could not be opened.'] }, null)
    expect(out.slice(2)).toEqual([{ type: 'error', message: 'This link could not be opened.' }])
  })

  it('turns new notices and a failed simulation into errors, once', () => {
    const feed = createFeed()
    feed.start(base, null)
    const noticed = { ...base, notices: ['speed=5000 is outside 1–1000; using 1000.'] }
    expect(feed.update(noticed)).toEqual([{ type: 'error', message: 'speed=5000 is outside 1–1000; using 1000.' }])
    expect(feed.update(noticed)).toEqual([])
    expect(feed.update({ ...noticed, failure: 'the worker crashed' })).toEqual([{ type: 'error', message: 'the worker crashed' }])
  })

  it('sends state when a new run replaces the trace or the speed changes', () => {
    const feed = createFeed()
    feed.start(base, null)
    expect(types(feed.update({ ...base, speed: 100 }))).toEqual(['state'])
    expect(types(feed.update({ ...base, speed: 100, trace: { ...trace } }))).toEqual(['state'])
  })
})
