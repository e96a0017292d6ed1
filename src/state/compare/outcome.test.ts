// Outcomes of engine runs of seed-lab scenarios. Expected values come from the seed
// (shared/seeds/000_…txt) and the restart-policy lesson's reference numbers, not from this code.
import { describe, expect, it } from 'vitest'
import parallelismLab from '../../scenario/labs/parallelism.yaml?raw'
import { runScenario } from '../../scenario/run'
import { parseScenario } from '../../scenario/scenario'
import type { Trace } from '../../sim/trace/events'
import { presetsFor } from './presets'
import { diffOutcomes, summarizeOutcome } from './outcome'

function run(text: string): Trace {
  const r = parseScenario(text, 'lab.yaml')
  if (!r.ok) throw new Error(r.problem.message)
  return runScenario(r.scenario, { seed: 1 }).trace
}

/** The restart-policy lesson's Job (`echo trying; exit 1`, backoffLimit 2) with one policy. */
const failing = (policy: string) => `files:
  job.yaml: |
    apiVersion: batch/v1
    kind: Job
    metadata:
      name: demo
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: ${policy}
          containers:
            - name: busybox
              image: busybox
              command: ["sh", "-c", "echo trying; exit 1"]
steps:
  - at: 0s
    run: kubectl apply -f job.yaml
`

const within = (v: number | null, target: number, tol = 0.3) => v !== null && Math.abs(v - target) <= target * tol

describe('run outcomes', () => {
  const never = summarizeOutcome(run(failing('Never')))
  const onFailure = summarizeOutcome(run(failing('OnFailure')))

  it('Never: three failed pods left behind, the Job Failed about 41 s in', () => {
    expect(never).toMatchObject({ podsCreated: 3, podsFailed: 3, podsSucceeded: 0, restarts: 0 })
    expect(never.jobs).toHaveLength(1)
    expect(never.jobs[0]).toMatchObject({ name: 'demo', status: 'Failed' })
    expect(within(never.jobs[0]!.duration, 41_000)).toBe(true)
  })

  it('OnFailure: one pod restarted twice in place, the Job Failed about 28 s in', () => {
    expect(onFailure).toMatchObject({ podsCreated: 1, restarts: 2 })
    expect(onFailure.jobs[0]).toMatchObject({ name: 'demo', status: 'Failed' })
    expect(within(onFailure.jobs[0]!.duration, 28_000)).toBe(true)
  })

  it('diffs the two, marking what differs and what does not', () => {
    const rows = Object.fromEntries(diffOutcomes(never, onFailure).map((r) => [r.label, r]))
    expect(rows['Pods created']).toEqual({ label: 'Pods created', a: '3', b: '1', differs: true })
    expect(rows['Container restarts']).toMatchObject({ a: '0', b: '2', differs: true })
    expect(rows['Job demo']).toMatchObject({ differs: false })
    expect(rows['Job demo']!.a).toMatch(/^Failed /)
    expect(rows['Job demo took']).toMatchObject({ differs: true })
  })

  it('parallelism 5 (seed) vs 2: 5 pods and 10 lines against 2 pods and 4; > keeps one line', () => {
    const trace = run(parallelismLab)
    const a = summarizeOutcome(trace, [['/tmp/data', '/data']])
    expect(a.podsCreated).toBe(5)
    expect(a.jobs[0]).toMatchObject({ status: 'Complete', completions: '5/1 of 5' })
    expect(within(a.jobs[0]!.settledAt, 58_000)).toBe(true)
    expect(a.files['/data/message.txt']?.trim().split('\n')).toHaveLength(10)

    const files = (t: string) => Object.fromEntries([...t.matchAll(/^ {2}(\S+\.yaml): \|\n((?: {4}.*\n|\n)*)/gm)].map((m) => [m[1]!, m[2]!.replace(/^ {4}/gm, '')]))
    const labFiles = files(parallelismLab)
    const withFiles = (f: Record<string, string>) => parallelismLab.replace(/^files:[\s\S]*?(?=^steps:)/m,
      `files:\n${Object.entries(f).map(([n, t]) => `  ${n}: |\n${t.replace(/^(?=.)/gm, '    ')}`).join('')}`)
    const p2 = presetsFor(labFiles).find((p) => p.id === 'parallelism')!
    const b = summarizeOutcome(run(withFiles(p2.files)), [['/tmp/data', '/data']])
    expect(b.podsCreated).toBe(2)
    expect(b.files['/data/message.txt']?.trim().split('\n')).toHaveLength(4)

    const truncating = presetsFor(labFiles).find((p) => p.id === 'redirect')!
    expect(truncating.label).toBe('>> vs >')
    const c = summarizeOutcome(run(withFiles(truncating.files)), [['/tmp/data', '/data']])
    expect(c.podsCreated).toBe(5)
    expect(c.files['/data/message.txt']?.trim().split('\n')).toHaveLength(1)
    const rows = diffOutcomes(a, c)
    expect(rows.find((r) => r.label === '/data/message.txt')).toMatchObject({ differs: true, block: true })
    expect(rows.find((r) => r.label === 'Pods created')).toMatchObject({ a: '5', b: '5', differs: false })
  })
})
