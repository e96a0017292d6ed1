// The functions both SimClient implementations call: scenario input → trace + diagnostics, and
// read-only kubectl commands at one instant of the same run.
import { commandDiagnostics, yamlDiagnostics } from '../scenario/diagnostics'
import { parseStepTime } from '../scenario/duration'
import { hostMounts } from '../scenario/hostMounts'
import { inspectAt } from '../scenario/inspect'
import { runScenario, type RunOptions } from '../scenario/run'
import type { Scenario } from '../scenario/scenario'
import type { Diagnostic, ScenarioInput, SimResult } from './simClient'

/** The input as a runnable scenario; steps whose time cannot be read become diagnostics. */
function toScenario(input: ScenarioInput): { scenario: Scenario; options: RunOptions; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const steps: Scenario['steps'] = []
  for (const s of input.steps) {
    const at = parseStepTime(s.at)
    if (at.ok) steps.push({ at: at.value, run: s.run })
    else diagnostics.push({ file: '(steps)', severity: 'error', message: at.error })
  }
  const epochMs = input.startTime ? Date.parse(input.startTime) : Number.NaN
  return { scenario: { files: input.files, steps, ...(input.nodes !== undefined ? { nodes: input.nodes } : {}) }, options: { seed: input.seed, ...(Number.isNaN(epochMs) ? {} : { epochMs }) }, diagnostics }
}

export function simulate(input: ScenarioInput): SimResult {
  const { scenario, options, diagnostics: stepProblems } = toScenario(input)
  const diagnostics: Diagnostic[] = [...yamlDiagnostics(input.files), ...stepProblems]
  const { trace } = runScenario(scenario, options)
  diagnostics.push(...commandDiagnostics(input.files, trace))
  const written = new Set<string>()
  for (const e of trace.events) if (e.type === 'write') written.add(e.path)
  return { trace, diagnostics, hostMounts: hostMounts(input.files, written) }
}

/** Each kubectl command's output at simulated `at`, as typed then (none becomes a step). */
export function inspect(input: ScenarioInput, at: number, commands: readonly (readonly string[])[]): string[] {
  const { scenario, options } = toScenario(input)
  return inspectAt(scenario, options, at, commands)
}
