// The scenario format (DESIGN §4.1): files, timed kubectl steps, a seed and a start time. A plain
// manifest file is the scenario "apply this file at 0s". Parsing never throws: problems come back
// as diagnostics with the file and line.
import { isMap, isSeq, LineCounter, parseAllDocuments, parseDocument } from 'yaml'
import { parseStepTime } from './duration'
import { MAX_NODES } from './limits'

export interface Step {
  /** Simulated ms at which the step starts (later if the previous step is still running). */
  at: number
  run: string
  /** 1-based line of the step in its scenario file, for messages. */
  line?: number
}

export interface Scenario {
  title?: string
  seed?: number
  /** Wall-clock epoch ms at t = 0. */
  epochMs?: number
  /** How many nodes the cluster has (1 to MAX_NODES; default 1). */
  nodes?: number
  files: Record<string, string>
  steps: Step[]
}

export interface ScenarioProblem {
  file: string
  line?: number
  column?: number
  message: string
}

export type ParsedScenario = { ok: true; scenario: Scenario } | { ok: false; problem: ScenarioProblem }

const baseName = (path: string) => path.split('/').pop() ?? path

export { MAX_NODES } from './limits'

/** Reads a scenario file, or a manifest file (YAML without `steps:`) as a one-step scenario. */
export function parseScenario(text: string, fileName: string): ParsedScenario {
  const lc = new LineCounter()
  const docs = parseAllDocuments(text, { lineCounter: lc })
  const list = Array.isArray(docs) ? docs : [docs]
  for (const d of list) {
    const err = d.errors[0]
    if (err) {
      const pos = lc.linePos(err.pos[0])
      return { ok: false, problem: { file: fileName, line: pos.line, column: pos.col, message: `not YAML: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` } }
    }
  }
  const first = list[0]
  const isScenario = list.length === 1 && first !== undefined && isMap(first.contents) && first.contents.has('steps')
  if (!isScenario) {
    const name = baseName(fileName)
    return { ok: true, scenario: { files: { [name]: text }, steps: [{ at: 0, run: `kubectl apply -f ${name}` }] } }
  }
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const raw = doc.toJS() as Record<string, unknown>
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined
    return node?.range ? lines.linePos(node.range[0]).line : undefined
  }
  const fail = (message: string, path: (string | number)[] = []): ParsedScenario => ({ ok: false, problem: { file: fileName, line: lineOf(path), message } })

  const scenario: Scenario = { files: {}, steps: [] }
  if (raw.title !== undefined) scenario.title = String(raw.title)
  if (raw.seed !== undefined) {
    if (typeof raw.seed !== 'number' || !Number.isSafeInteger(raw.seed)) return fail('seed must be an integer', ['seed'])
    scenario.seed = raw.seed
  }
  if (raw.startTime !== undefined) {
    const t = Date.parse(raw.startTime instanceof Date ? raw.startTime.toISOString() : String(raw.startTime))
    if (Number.isNaN(t)) return fail('startTime must be an ISO time such as 2026-01-03T01:46:00Z', ['startTime'])
    scenario.epochMs = t
  }
  if (raw.nodes !== undefined) {
    if (typeof raw.nodes !== 'number' || !Number.isInteger(raw.nodes) || raw.nodes < 1 || raw.nodes > MAX_NODES) {
      return fail(`nodes must be a whole number from 1 to ${MAX_NODES}`, ['nodes'])
    }
    scenario.nodes = raw.nodes
  }
  if (raw.files !== undefined) {
    if (!raw.files || typeof raw.files !== 'object' || Array.isArray(raw.files)) return fail('files must map file names to their text', ['files'])
    for (const [name, body] of Object.entries(raw.files)) {
      if (typeof body !== 'string') return fail(`file ${name} must be text (use a | block)`, ['files', name])
      scenario.files[name] = body
    }
  }
  const steps = doc.get('steps', true)
  if (!isSeq(steps)) return fail('steps must be a list of {at, run}', ['steps'])
  const rawSteps = raw.steps as unknown[]
  for (let i = 0; i < rawSteps.length; i++) {
    const s = rawSteps[i] as Record<string, unknown> | null
    if (!s || typeof s !== 'object' || typeof s.run !== 'string') return fail(`step ${i + 1} needs a run: line`, ['steps', i])
    const at = parseStepTime(s.at ?? 0)
    if (!at.ok) return fail(`step ${i + 1}: ${at.error}`, ['steps', i, 'at'])
    scenario.steps.push({ at: at.value, run: s.run, line: lineOf(['steps', i]) })
  }
  return { ok: true, scenario }
}

/** Several files run in one cluster: files are pooled, steps merged by time (stable). */
export function mergeScenarios(list: Scenario[]): Scenario {
  const out: Scenario = { files: {}, steps: [] }
  for (const s of list) {
    out.title ??= s.title
    out.seed ??= s.seed
    out.epochMs ??= s.epochMs
    // One cluster for all the files: as many nodes as the largest asks for.
    if (s.nodes !== undefined) out.nodes = Math.max(out.nodes ?? 1, s.nodes)
    Object.assign(out.files, s.files)
    out.steps.push(...s.steps)
  }
  out.steps = out.steps.map((s, i) => [s, i] as const).sort((a, b) => a[0].at - b[0].at || a[1] - b[1]).map(([s]) => s)
  return out
}
