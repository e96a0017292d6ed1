// A scenario with one busybox Job in `job.yaml`, for tests of how steps run: the Job's name, its
// container command, and the steps (`[at, run]`) are all a test needs to say.
import { parseScenario, type Scenario } from '../scenario'

export function oneJobScenario(name: string, command: string, steps: readonly (readonly [string, string])[]): Scenario {
  const yaml = `files:
  job.yaml: |
    apiVersion: batch/v1
    kind: Job
    metadata:
      name: ${name}
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: c
              image: busybox
              command: ["sh", "-c", ${JSON.stringify(command)}]
steps:
${steps.map(([at, run]) => `  - at: ${at}\n    run: ${run}`).join('\n')}
`
  const parsed = parseScenario(yaml, `${name}.yaml`)
  if (!parsed.ok) throw new Error(`${parsed.problem.file}:${parsed.problem.line ?? '?'} ${parsed.problem.message}`)
  return parsed.scenario
}
