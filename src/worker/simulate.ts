// The one function both SimClient implementations call: scenario input → trace + diagnostics.
import { commandDiagnostics, yamlDiagnostics } from '../scenario/diagnostics'
import { parseStepTime } from '../scenario/duration'
import { hostMounts } from '../scenario/hostMounts'
import { runScenario } from '../scenario/run'
import type { Scenario } from '../scenario/scenario'
import type { Diagnostic, ScenarioInput, SimResult } from './simClient'

export function simulate(input: ScenarioInput): SimResult {
  const diagnostics: Diagnostic[] = [...yamlDiagnostics(input.files)]
  const steps: Scenario['steps'] = []
  for (const s of input.steps) {
    const at = parseStepTime(s.at)
    if (at.ok) steps.push({ at: at.value, run: s.run })
    else diagnostics.push({ file: '(steps)', severity: 'error', message: at.error })
  }
  const epochMs = input.startTime ? Date.parse(input.startTime) : Number.NaN
  const { trace } = runScenario({ files: input.files, steps }, { seed: input.seed, ...(Number.isNaN(epochMs) ? {} : { epochMs }) })
  diagnostics.push(...commandDiagnostics(input.files, trace))
  return { trace, diagnostics, hostMounts: hostMounts(input.files) }
}
