// `npm run -s sim -- [--json] [--seed N] [--until DURATION] [--start ISO] FILE...` (DESIGN §4.2):
// runs the files (scenarios or manifests) in one simulated cluster until nothing more can happen
// and prints a readable log, or with --json the trace. Exit 2 with one line on stderr when a file
// cannot be read or is not YAML.
import { readFileSync } from 'node:fs'
import { parseStepTime } from '../scenario/duration'
import { runScenario } from '../scenario/run'
import { mergeScenarios, parseScenario, type Scenario } from '../scenario/scenario'
import { readableLog } from './readableLog'

const USAGE = 'usage: npm run -s sim -- [--json] [--seed N] [--until DURATION] [--start ISO] FILE...'

function die(message: string): never {
  process.stderr.write(`sim: ${message}\n`)
  process.exit(2)
}

function main(argv: string[]): void {
  const files: string[] = []
  let json = false
  let seed: number | undefined
  let untilMs: number | undefined
  let epochMs: number | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = () => argv[++i] ?? die(`${a} needs a value\n${USAGE}`)
    if (a === '--json') json = true
    else if (a === '--seed') {
      const v = value()
      if (!/^-?\d+$/.test(v)) die(`--seed must be an integer, got ${v}`)
      seed = Number(v)
    } else if (a === '--until') {
      const t = parseStepTime(value())
      if (!t.ok) die(`--until: ${t.error}`)
      untilMs = t.value
    } else if (a === '--start') {
      const v = value()
      const t = Date.parse(v)
      if (Number.isNaN(t)) die(`--start must be an ISO time such as 2026-01-03T01:46:00Z, got ${v}`)
      epochMs = t
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`)
      return
    } else if (a.startsWith('--')) die(`unknown option ${a}\n${USAGE}`)
    else files.push(a)
  }
  if (files.length === 0) die(`no FILE given\n${USAGE}`)
  const scenarios: Scenario[] = []
  for (const f of files) {
    let text: string
    try {
      text = readFileSync(f, 'utf8')
    } catch (e) {
      die(`cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`)
    }
    const r = parseScenario(text, f)
    if (!r.ok) die(`${r.problem.file}${r.problem.line ? `:${r.problem.line}` : ''}: ${r.problem.message}`)
    scenarios.push(r.scenario)
  }
  const { trace } = runScenario(mergeScenarios(scenarios), { ...(seed !== undefined ? { seed } : {}), ...(untilMs !== undefined ? { untilMs } : {}), ...(epochMs !== undefined ? { epochMs } : {}) })
  process.stdout.write(json ? `${JSON.stringify(trace)}\n` : readableLog(trace))
}

main(process.argv.slice(2))
