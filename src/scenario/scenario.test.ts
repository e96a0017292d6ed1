import { describe, expect, it } from 'vitest'
import { mergeScenarios, parseScenario } from './scenario'

const suspend = `title: Suspend and resume
seed: 7
startTime: 2026-01-03T01:46:00Z
files:
  job.yaml: |
    apiVersion: batch/v1
    kind: Job
steps:
  - at: 0s
    run: kubectl apply -f job.yaml
  - at: 1m30s
    run: kubectl patch job x -p '{"spec":{"suspend":false}}'
`

describe('parseScenario', () => {
  it('reads DESIGN §4.1 scenarios', () => {
    const r = parseScenario(suspend, 'suspend.yaml')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.scenario.title).toBe('Suspend and resume')
    expect(r.scenario.seed).toBe(7)
    expect(r.scenario.epochMs).toBe(Date.UTC(2026, 0, 3, 1, 46, 0))
    expect(Object.keys(r.scenario.files)).toEqual(['job.yaml'])
    expect(r.scenario.steps.map((s) => [s.at, s.run, s.line])).toEqual([
      [0, 'kubectl apply -f job.yaml', 9],
      [90_000, `kubectl patch job x -p '{"spec":{"suspend":false}}'`, 11],
    ])
  })

  it('reads the number of nodes, 1 to 5', () => {
    const two = parseScenario('nodes: 2\nsteps: []\n', 's.yaml')
    expect(two.ok && two.scenario.nodes).toBe(2)
    const many = parseScenario('nodes: 9\nsteps: []\n', 's.yaml')
    expect(many).toEqual({ ok: false, problem: { file: 's.yaml', line: 1, message: 'nodes must be a whole number from 1 to 5' } })
  })

  it('treats a plain manifest as "apply it at 0s"', () => {
    const r = parseScenario('apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello\n', 'dir/hello.yaml')
    expect(r).toEqual({ ok: true, scenario: { files: { 'hello.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello\n' }, steps: [{ at: 0, run: 'kubectl apply -f hello.yaml' }] } })
  })

  it('names the file and line of YAML errors', () => {
    const r = parseScenario('steps:\n  - at: 0s\n    run: [unclosed\n', 'bad.yaml')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.problem.file).toBe('bad.yaml')
      expect(r.problem.line).toBeGreaterThan(0)
      expect(r.problem.message).toMatch(/^not YAML/)
    }
  })

  it('explains bad steps', () => {
    const r = parseScenario('steps:\n  - at: soon\n    run: kubectl get pods\n', 's.yaml')
    expect(r).toMatchObject({ ok: false, problem: { line: 2, message: expect.stringContaining('step 1') } })
  })

  it('merges files and orders steps by time, stably', () => {
    const a = { files: { 'a.yaml': 'x' }, steps: [{ at: 1000, run: 'a1' }, { at: 0, run: 'a0' }] }
    const b = { seed: 3, files: { 'b.yaml': 'y' }, steps: [{ at: 0, run: 'b0' }] }
    const m = mergeScenarios([a, b])
    expect(m.steps.map((s) => s.run)).toEqual(['a0', 'b0', 'a1'])
    expect(m.seed).toBe(3)
    expect(Object.keys(m.files)).toEqual(['a.yaml', 'b.yaml'])
  })
})
