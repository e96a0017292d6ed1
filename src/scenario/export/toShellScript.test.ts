import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Trace } from '../../sim/trace/events'
import { runScenario } from '../run'
import { parseScenario, type Scenario } from '../scenario'
import { toShellScript } from './toShellScript'

const LABS = new URL('../labs/', import.meta.url)

function lab(name: string): { scenario: Scenario; trace: Trace } {
  const parsed = parseScenario(readFileSync(new URL(name, LABS), 'utf8'), name)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  return { scenario: parsed.scenario, trace: runScenario(parsed.scenario, { seed: 1 }).trace }
}

/** `bash -n`: the script parses; nothing runs. */
const bashParses = (script: string) => execFileSync('bash', ['-n'], { input: script, encoding: 'utf8' })

describe('toShellScript', () => {
  const names = readdirSync(LABS).filter((f) => f.endsWith('.yaml'))
  it('has every seed lab to try', () => expect(names.length).toBeGreaterThanOrEqual(12))

  it.each(names)('gives a script bash can parse for the seed lab %s', (name) => {
    const { scenario, trace } = lab(name)
    const script = toShellScript({ title: scenario.title ?? name, seed: 1, scenario, trace })
    expect(() => bashParses(script)).not.toThrow()
    expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true)
  })

  describe('the completions lab (seed: 5 pods one after another, Complete 5/5)', () => {
    const { scenario, trace } = lab('completion.yaml')
    const script = toShellScript({ title: 'Job with completions', seed: 1, scenario, trace })
    const lines = script.split('\n')

    it('has the header, strict mode, and writes the manifest with a quoted heredoc', () => {
      expect(script).toContain('# Job with completions\n')
      expect(script).toContain('Expected on Kubernetes 1.34')
      expect(script).toContain('seed 1')
      expect(lines).toContain('set -euo pipefail')
      expect(lines).toContain(`cat > demo-job-completion.yaml <<'EOF'`)
      expect(lines).toContain('  completions: 5')
    })

    it('applies at 0s and describes nothing it did not run', () => {
      expect(lines).toContain('kubectl apply -f demo-job-completion.yaml')
    })

    it('ends with a wait for Complete, jobs and pods, and events by time', () => {
      expect(script).toMatch(/if kubectl wait --for=condition=Complete job\/demo-job-completion --timeout=\d+s; then/)
      const get = lines.indexOf('kubectl get jobs,pods')
      expect(get).toBeGreaterThan(lines.indexOf('kubectl apply -f demo-job-completion.yaml'))
      expect(lines[get + 1]).toBe('kubectl get events --sort-by=.lastTimestamp')
    })

    it('lists the expected events with generalised pod names, and the final status', () => {
      const created = lines.filter((l) => /Job\/demo-job-completion\s+Normal\s+SuccessfulCreate\s+Created pod: demo-job-completion-xxxxx$/.test(l))
      expect(created).toHaveLength(5)
      expect(lines.some((l) => /^# +\d.*Job\/demo-job-completion\s+Normal\s+Completed\s+Job completed$/.test(l))).toBe(true)
      const podNames = new Set(script.match(/demo-job-completion-[a-z0-9]{5}\b/g))
      expect([...podNames]).toEqual(['demo-job-completion-xxxxx'])
      expect(script).toMatch(/# {2}Job\/demo-job-completion {2}Complete {2}5\/5 {2}at /)
    })
  })

  it('sleeps the difference between step times and keeps a failing step from stopping the script', () => {
    const scenario = {
      files: { 'job.yaml': 'kind: Nope\n' },
      steps: [{ at: 0, run: 'kubectl apply -f job.yaml' }, { at: 90_000, run: 'kubectl get pods' }, { at: 91_500, run: 'kubectl get jobs' }],
    }
    const trace = runScenario(scenario, { seed: 1 }).trace
    const script = toShellScript({ title: 't', seed: 1, scenario, trace })
    expect(script).toContain('set +e\nkubectl apply -f job.yaml\nset -e')
    expect(script).toContain('sleep 90\n# at 1m30s\nkubectl get pods\nsleep 1.5\n# at 1m31.5s\nkubectl get jobs')
    expect(() => bashParses(script)).not.toThrow()
  })

  it('comments out simulator-only chaos steps with how to do it on kind, and backgrounds watches', () => {
    const scenario = {
      files: {},
      steps: [{ at: 0, run: 'kubectl get pods -w' }, { at: 10_000, run: 'chaos kill-node node-1' }],
    }
    const script = toShellScript({ title: 't', seed: 3, scenario, trace: null })
    expect(script).toContain('#   chaos kill-node node-1')
    expect(script).toContain('docker stop kind-worker')
    expect(script).not.toMatch(/^chaos/m)
    expect(script).toMatch(/^timeout \d+s bash -c 'kubectl get pods -w' &\nWATCHES\+=\("\$!"\)$/m)
    expect(() => bashParses(script)).not.toThrow()
  })

  it('writes tricky files so bash reads them back exactly, and keeps names inside the work directory', () => {
    const body = "a: 'it''s'\nb: \"$HOME \\\\ `x`\"\nEOF\n"
    const script = toShellScript({ title: "Tom's $lab", seed: 1, scenario: { files: { '../../etc/x.yaml': body, 'sub/y z.yaml': 'k: v' }, steps: [] }, trace: null })
    expect(script).toContain("cat > etc/x.yaml <<'EOF_1'\n")
    expect(script).toContain("mkdir -p sub\nprintf '%s' 'k: v' > 'sub/y z.yaml'")
    expect(script).toContain("# Tom's $lab\n")
    expect(() => bashParses(script)).not.toThrow()
  })
})
