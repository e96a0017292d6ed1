// Every lesson proves itself (DESIGN §6): its scenario parses and runs, its observe checks pass by
// the end of that run, and its task's checks fail on the starting files and all pass on the
// solution. The checks themselves encode the seed's observations (see each lesson's text).
import { describe, expect, it } from 'vitest'
import type { Trace } from '../../sim/trace/events'
import { failingChecks, passedAt, timeChecks } from '../checks'
import { actualAnswers, outcomeOf, score } from '../predict'
import { runScenario } from '../run'
import type { ParsedScenario } from '../scenario'
import { DEFAULT_LESSON_ID, LESSONS, lessonById, lessonList, lessonNeighbours } from './index'
import { lessonScenario, taskSolutionScenario, taskStartScenario } from './scenarioOf'

function run(p: ParsedScenario | undefined): Trace {
  if (!p) throw new Error('no scenario')
  if (!p.ok) throw new Error(`${p.problem.file}:${p.problem.line ?? '?'} ${p.problem.message}`)
  return runScenario(p.scenario).trace
}

const failing = (checks: Parameters<typeof failingChecks>[0], t: Trace) => failingChecks(checks, t).map((c) => `${c.check.id}: ${c.text}`)

describe('the lesson registry', () => {
  it('has one lesson per seed lab plus restart policy, TTL and the imperative commands, with unique URL-safe ids', () => {
    const ids = LESSONS.map((l) => l.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(ids).toEqual(expect.arrayContaining([
      'job-completions', 'job-parallelism', 'job-completions-gt-parallelism', 'job-completions-lt-parallelism',
      'job-backoff-limit', 'job-active-deadline', 'job-indexed-env', 'job-indexed-annotation', 'job-observer-writer',
      'job-init-containers', 'job-suspend', 'job-pod-communication', 'job-restart-policy', 'job-ttl', 'job-imperative-commands',
    ]))
    expect(ids[0]).toBe(DEFAULT_LESSON_ID)
  })
  it('finds lessons by id and knows their neighbours', () => {
    expect(lessonById('job-suspend')?.title).toMatch(/Suspend/)
    expect(lessonById('nope')).toBeUndefined()
    expect(lessonList()[0]).toEqual({ id: 'job-completions', title: LESSONS[0]!.title })
    expect(lessonList()).toHaveLength(LESSONS.length)
    expect(lessonNeighbours(LESSONS[0]!.id).previous).toBeUndefined()
    expect(lessonNeighbours(LESSONS[0]!.id).next).toBe(LESSONS[1])
    expect(lessonNeighbours(LESSONS.at(-1)!.id).next).toBeUndefined()
  })
  it('gives every check an id unique within its lesson and the right kind', () => {
    for (const l of LESSONS) {
      const all = [...l.checks, ...(l.task?.checks ?? [])]
      expect(new Set(all.map((c) => c.id)).size, l.id).toBe(all.length)
      expect(l.checks.length, l.id).toBeGreaterThan(0)
      for (const c of l.checks) expect(c.kind, `${l.id}/${c.id}`).toBe('observe')
      for (const c of l.task?.checks ?? []) expect(c.kind, `${l.id}/${c.id}`).toBe('task')
    }
  })
})

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  const trace = run(lessonScenario(lesson))

  it('runs to its natural end and passes every observe check by then', () => {
    expect(trace.stopped).toBe('idle')
    expect(failing(lesson.checks, trace)).toEqual([])
  })

  it('ticks no observe check at t = 0 except those that are about the very start', () => {
    // A checklist that is already ticked before playing teaches nothing; at least one check
    // must still be open at t = 0 and become ticked later.
    const timed = timeChecks(lesson.checks, trace)
    expect(timed.some((c) => !passedAt(c, 0) && passedAt(c, trace.end))).toBe(true)
  })

  it('states checks that an empty run does not satisfy (no check is true by construction)', () => {
    const empty: Trace = { ...trace, end: 0, events: [], files: {} }
    const vacuous = timeChecks(lesson.checks, empty).filter((c) => c.check.spec.check !== 'eventNeverSeen' && c.passesAt !== null)
    expect(vacuous.map((c) => c.check.id)).toEqual([])
  })

  it('writes plain text: backticks for code are the only markup the page renders', () => {
    for (const p of lesson.text) {
      const prose = p.text.split('`').filter((_, i) => i % 2 === 0).join(' ')
      expect(prose, `${lesson.id}: "${p.text.slice(0, 40)}…"`).not.toMatch(/\*\w[^*]*\*|_\w[^_]*_\b|\[[^\]]+\]\(/)
    }
  })

  it('points only at moments inside its run', () => {
    for (const p of lesson.text) if (p.at !== undefined) expect(p.at).toBeLessThanOrEqual(trace.end)
  })

  it('says "at about N s" only where its anchor check really passes (within 3 s or 10 %)', () => {
    const timed = timeChecks(lesson.checks, trace)
    const anchored = lesson.text.filter((p) => p.anchor !== undefined)
    for (const p of anchored) {
      const c = timed.find((x) => x.check.id === p.anchor)
      expect(c, `${lesson.id}: anchor ${p.anchor}`).toBeDefined()
      expect(p.at, `${lesson.id}: anchor ${p.anchor} needs an at`).toBeDefined()
      const drift = Math.abs((c?.passesAt ?? Infinity) - (p.at ?? 0))
      expect(drift, `${lesson.id}: "${p.text.slice(0, 40)}…" at ${p.at} but ${p.anchor} passes at ${c?.passesAt}`).toBeLessThanOrEqual(Math.max(3000, (p.at ?? 0) * 0.1))
    }
    expect(anchored.length, `${lesson.id} anchors none of its moments`).toBeGreaterThan(0)
  })

  if (lesson.predict) {
    const p = lesson.predict
    // A prediction requirement is met by predicting and watching the reveal, whatever the answers;
    // this proves there is a reveal to watch and a right answer to every question asked.
    it('asks for a prediction that its run can reveal and that the run\'s own answers score all right', () => {
      expect(p.ask.length).toBeGreaterThan(0)
      expect(new Set(p.ask).size).toBe(p.ask.length)
      const o = outcomeOf(trace, p.job)
      expect(o, `${lesson.id}: no Job ${p.job ?? ''} in the run`).not.toBeNull()
      if (!o) return
      if (p.ask.includes('lines')) expect(o.lines, `${lesson.id} asks about ${o.file}, which its run never writes`).toBeGreaterThan(0)
      if (p.ask.includes('end')) expect(o.end, `${lesson.id} asks when ${o.job} ends, and it never does`).not.toBeNull()
      expect(o.settledAt).toBeGreaterThan(0)
      expect(o.settledAt).toBeLessThanOrEqual(trace.end)
      expect(score(actualAnswers(o), o, p.ask).map((r) => [r.question, r.right])).toEqual(p.ask.map((q) => [q, true]))
      for (const q of p.ask) expect(o.why[q].length, `${lesson.id}: nothing in the trace explains ${q}`).toBeGreaterThan(0)
    })
  }

  if (lesson.task) {
    const t = lesson.task
    it('has a task that its starting files do not solve', () => {
      expect(failing(t.checks, run(taskStartScenario(lesson))).length).toBeGreaterThan(0)
    })
    it('has a solution that passes every task check, and every observe check that is about the lesson\'s own point stays runnable', () => {
      expect(failing(t.checks, run(taskSolutionScenario(lesson)))).toEqual([])
    })
  }
})
