// A SimClient that answers from a hand-made trace (fixtures/completionTrace.ts) instead of the
// engine. It reads just enough of the learner's YAML (job name, completions) for edits to show
// on the timeline, and reports YAML errors as diagnostics, so the whole page can be built and
// tested before the real core exists. Swapped out in simClientProvider.ts.
import { LineCounter, parseAllDocuments } from 'yaml'
import { parseStepTime } from '../scenario/duration'
import type { Trace, TraceEvent } from '../sim/trace/events'
import type { Diagnostic, ScenarioInput, SimClient, SimResult } from '../worker/simClient'
import { completionTrace } from './fixtures/completionTrace'

const DEFAULT_START = '2026-01-03T01:46:00Z'

interface FixtureJob { name: string; completions: number }

function readJobs(file: string, text: string, diagnostics: Diagnostic[]): FixtureJob[] {
  const lineCounter = new LineCounter()
  const jobs: FixtureJob[] = []
  for (const doc of parseAllDocuments(text, { lineCounter })) {
    for (const err of doc.errors) {
      const at = lineCounter.linePos(err.pos[0])
      diagnostics.push({ file, line: at.line, column: at.col, severity: 'error', message: err.message.split('\n')[0] ?? err.message })
    }
    if (doc.errors.length) continue
    if (doc.get('kind') !== 'Job') continue
    const name = doc.getIn(['metadata', 'name'])
    const completions = doc.getIn(['spec', 'completions']) ?? 1
    if (typeof completions !== 'number' || !Number.isInteger(completions) || completions < 1) {
      const node = doc.getIn(['spec', 'completions'], true) as { range?: [number, number] } | undefined
      const at = lineCounter.linePos(node?.range?.[0] ?? 0)
      diagnostics.push({ file, line: at.line, column: at.col, severity: 'error',
        message: `The Job "${String(name)}" is invalid: spec.completions: Invalid value: ${JSON.stringify(completions)}: must be greater than or equal to 1` })
      continue
    }
    jobs.push({ name: typeof name === 'string' ? name : 'job', completions: Math.min(completions, 10_000) })
  }
  return jobs
}

/** The command events for steps the fixture cannot really run (anything but the first apply). */
function extraStepEvents(steps: ScenarioInput['steps']): TraceEvent[] {
  return steps.slice(1).map((step) => {
    const at = parseStepTime(step.at)
    const t = at.ok ? at.value : 0
    return { at: t, type: 'command', startedAt: t, command: step.run, exitCode: 0,
      output: `(fixture engine) ran "${step.run}"; the real engine prints kubectl's output here.\n` }
  })
}

export function simulateFixture(input: ScenarioInput): SimResult {
  const diagnostics: Diagnostic[] = []
  const jobs = Object.entries(input.files).flatMap(([file, text]) => readJobs(file, text, diagnostics))
  const startTime = input.startTime ?? DEFAULT_START
  const traces = jobs.slice(0, 1).map((j) => completionTrace({ jobName: j.name, completions: j.completions, startTime }))
  const base: Trace = traces[0] ?? { schema: 'jobs-playground.trace/v1', seed: input.seed, startTime, end: 0, stopped: 'idle', events: [], files: {} }
  const events = [...base.events, ...extraStepEvents(input.steps)].sort((a, b) => a.at - b.at)
  const end = Math.max(base.end, ...events.map((e) => e.at))
  return { trace: { ...base, seed: input.seed, events, end }, diagnostics }
}

export function createFixtureSimClient(): SimClient {
  return {
    // Async like the real worker client, so callers never depend on a synchronous answer.
    simulate: (input) => new Promise((resolve) => setTimeout(() => resolve(simulateFixture(input)), 0)),
    dispose: () => {},
  }
}
