// Part of `npm run bench`: how long the engine takes to simulate each seed lab — what one what-if
// slider step costs before anything is drawn (the slider's target is a redrawn timeline within
// 100 ms; `npm run bench:slider` measures that in the browser).
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runScenario } from '../scenario/run'
import { parseScenario } from '../scenario/scenario'

export interface LabTime {
  lab: string
  events: number
  medianMs: number
  maxMs: number
}

export function labTimes(dir: string, runs = 7): LabTime[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((file) => {
    const parsed = parseScenario(readFileSync(join(dir, file), 'utf8'), file)
    if (!parsed.ok) throw new Error(`${file}: ${parsed.problem.message}`)
    const times: number[] = []
    let events = 0
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      events = runScenario(parsed.scenario, { seed: parsed.scenario.seed ?? 1 }).trace.events.length
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    return { lab: file.replace(/\.yaml$/, ''), events, medianMs: times[times.length >> 1]!, maxMs: times.at(-1)! }
  })
}

export function printLabTimes(dir: string): void {
  process.stdout.write(`seed labs (engine only, 7 runs each; load average ${loadavg()[0]!.toFixed(1)}):\n`)
  for (const t of labTimes(dir)) {
    process.stdout.write(`  ${t.lab.padEnd(28)} ${String(t.events).padStart(5)} events  median ${t.medianMs.toFixed(1).padStart(6)} ms  max ${t.maxMs.toFixed(1).padStart(6)} ms\n`)
  }
}
