// The engine's "why" sentences for the seed labs, pinned. Each expectation restates what the
// real cluster did in the seed (shared/seeds/000_…txt, DESIGN §7) and the rule the reference
// gives for it (reference/job-controller.md, kubectl-and-kubelet.md): pods one at a time for
// completions 5 / parallelism 1, waves of 2 for parallelism 2, BackoffLimitExceeded after 6
// restarts, the 10 s → 20 s … recreation backoff, DeadlineExceeded at 90 s, and so on.
import { describe, expect, it } from 'vitest'
import type { DecisionEvent, Trace } from '../../sim/trace/events'
import backoffLimit from '../labs/backoff-limit.yaml?raw'
import completionGt from '../labs/completion-gt-parallelism.yaml?raw'
import completionLt from '../labs/completion-lt-parallelism.yaml?raw'
import completion from '../labs/completion.yaml?raw'
import deadline from '../labs/deadline.yaml?raw'
import indexed from '../labs/indexed.yaml?raw'
import initContainers from '../labs/init-containers.yaml?raw'
import observerWrite from '../labs/observer-write.yaml?raw'
import parallelism from '../labs/parallelism.yaml?raw'
import suspend from '../labs/suspend.yaml?raw'
import { runScenario } from '../run'
import { parseScenario } from '../scenario'
import { docFor } from './ruleDocs'

function run(text: string): Trace {
  const r = parseScenario(text, 'lab.yaml')
  if (!r.ok) throw new Error(r.problem.message)
  return runScenario(r.scenario, { seed: 1 }).trace
}

const decisions = (t: Trace) => t.events.filter((e): e is DecisionEvent => e.type === 'decision')
/** Pod names differ per seed: `demo-job-x-8pr9h` → `POD`, `demo-job-x-3-8pr9h` → `POD-3`. */
const plain = (text: string) => text.replace(/\b[a-z0-9-]+?-(\d+-)?[bcdfghjklmnpqrstvwxz2456789]{5}\b/g, (_m, i?: string) => (i ? `POD-${i.slice(0, -1)}` : 'POD'))
const jobSentences = (t: Trace) => decisions(t).filter((d) => d.object.startsWith('Job/')).map((d) => plain(d.text))
const podSentences = (t: Trace, rule: string) => decisions(t).filter((d) => d.rule === rule).map((d) => plain(d.text))
const atOf = (t: Trace, rule: string) => decisions(t).find((d) => d.rule === rule)?.at

const START = 'First sync of an unsuspended Job: startTime set, the DURATION clock starts'
const COMPLETE = 'No pod is running or terminating → Complete'

describe('why sentences for the seed labs', () => {
  it('Job with Completion: one pod at a time, five times, then SuccessCriteriaMet and Complete at ~4m21s', () => {
    const t = run(completion)
    const create = (s: number) => `completions 5, succeeded ${s}, parallelism 1 → wantActive = min(5−${s}, 1) = 1; 0 active: create 1 pod`
    const count = (s: number) => `POD succeeded → succeeded ${s} of 5`
    expect(jobSentences(t)).toEqual([
      START, create(0), count(1), create(1), count(2), create(2), count(3), create(3), count(4), create(4), count(5),
      'succeeded 5 ≥ completions 5 and no pod active → SuccessCriteriaMet', COMPLETE,
    ])
    expect(atOf(t, 'job.complete')! / 1000).toBeGreaterThan(261 * 0.9)
    expect(atOf(t, 'job.complete')! / 1000).toBeLessThan(261 * 1.1)
    // The init container (sleep 10) runs before the writer; the pod ends Succeeded under Never.
    expect(podSentences(t, 'kubelet.init-done')[0]).toBe('The init container (init) exited 0 → the app containers start')
    expect(podSentences(t, 'kubelet.pod-finished')[0]).toBe('Container writer exited 0; restartPolicy Never restarts none and all exited 0 → phase Succeeded')
  })

  it('completions 5 > parallelism 2: waves of two, each replacement explained by min(5−succeeded, 2)', () => {
    const creates = jobSentences(run(completionGt)).filter((s) => s.includes('wantActive'))
    expect(creates[0]).toBe('completions 5, succeeded 0, parallelism 2 → wantActive = min(5−0, 2) = 2; 0 active: create 2 pods')
    expect(creates.slice(1)).toEqual([1, 2, 3].map((s) => `completions 5, succeeded ${s}, parallelism 2 → wantActive = min(5−${s}, 2) = 2; 1 active: create 1 pod`))
  })

  it('completions 2 < parallelism 5: exactly two pods, because wantActive = min(2, 5)', () => {
    const s = jobSentences(run(completionLt))
    expect(s.filter((x) => x.includes('wantActive'))).toEqual(['completions 2, succeeded 0, parallelism 5 → wantActive = min(2−0, 5) = 2; 0 active: create 2 pods'])
    expect(s.at(-2)).toBe('succeeded 2 ≥ completions 2 and no pod active → SuccessCriteriaMet')
  })

  it('parallelism 5 without completions: a work queue, done once one pod succeeded and none is active', () => {
    const s = jobSentences(run(parallelism))
    expect(s[1]).toBe('work queue: parallelism 5, 0 active: create 5 pods')
    expect(s.at(-2)).toBe('Work queue: a pod succeeded and none is active → SuccessCriteriaMet')
  })

  it('backoffLimit with OnFailure: restarts in place on a 10 s, 20 s ladder, then BackoffLimitExceeded after 6 restarts', () => {
    const t = run(backoffLimit)
    const restarts = podSentences(t, 'kubelet.restart')
    expect(restarts).toContain('Container busybox exited with 1: restartPolicy OnFailure → restart in place (1st restart)')
    expect(new Set(podSentences(t, 'kubelet.crashloop-backoff'))).toEqual(new Set([
      'Container busybox exited with 1: back-off 10s before restarting it (CrashLoopBackOff)',
      'Container busybox exited with 1: back-off 20s before restarting it (CrashLoopBackOff)',
    ]))
    expect(jobSentences(t).slice(-3)).toEqual([
      'restarts 6 ≥ backoffLimit 6 (restartPolicy OnFailure) → FailureTarget; delete 3 active pods',
      'Waiting for 3 terminating pods to stop before Failed',
      'No pod is terminating any more → Failed (BackoffLimitExceeded)',
    ])
    // The seed: the three pods are deleted ~28 s in.
    expect(atOf(t, 'job.backoff-limit')! / 1000).toBeGreaterThan(28 * 0.7)
    expect(atOf(t, 'job.backoff-limit')! / 1000).toBeLessThan(28 * 1.3)
  })

  it('activeDeadlineSeconds 90: FailureTarget at 90 s, Failed once the deleted pod is gone (~124 s)', () => {
    const t = run(deadline)
    const s = jobSentences(t)
    expect(s).toContain('activeDeadlineSeconds 90 reached → FailureTarget; delete 1 active pod; Failed once none is terminating')
    expect(s.filter((x) => x.startsWith('Waiting for'))).toEqual(['Waiting for 1 terminating pod to stop before Failed'])
    expect(s.at(-1)).toBe('No pod is terminating any more → Failed (DeadlineExceeded)')
    expect(Math.round(atOf(t, 'job.deadline')! / 1000)).toBe(90)
    expect(atOf(t, 'job.failed')! / 1000).toBeGreaterThan(124 * 0.9)
    expect(atOf(t, 'job.failed')! / 1000).toBeLessThan(124 * 1.1)
  })

  it('Indexed, parallelism 3: the first three indexes at once, then one new index per success', () => {
    const creates = jobSentences(run(indexed)).filter((s) => s.includes('wantActive'))
    expect(creates[0]).toBe('completions 12, succeeded 0, parallelism 3 → wantActive = min(12−0, 3) = 3; 0 active: create 3 pods (index 0, 1, 2)')
    expect(creates).toHaveLength(1 + 9)
    expect(creates.at(-1)).toMatch(/create 1 pod \(index 11\)$/)
  })

  it('Suspend: no pods while suspended, the active pod deleted without counting on re-suspend, resumed without backoff', () => {
    const s = jobSentences(run(suspend))
    expect(s[0]).toBe('Job suspended: no pods run; the deadline clock is paused')
    expect(s).toContain('Job suspended: deleting 1 active pod (not counted as failures)')
    expect(s.filter((x) => x.startsWith('Job resumed'))).toHaveLength(2)
    expect(s.at(-1)).toBe(COMPLETE)
  })

  it('init containers without the volume (the lab as written): Init:Error, recreated after 10 s, 20 s, 40 s … backoff', () => {
    const t = run(initContainers)
    expect(podSentences(t, 'kubelet.init-order')[0]).toBe('Init container 1/2 (init01) starts: the sandbox is ready, and init containers run one at a time, in order')
    expect(podSentences(t, 'kubelet.pod-finished')[0]).toBe('Init container init01 exited 1 and restartPolicy Never does not retry it → the app containers never start; phase Failed')
    const waits = jobSentences(t).filter((x) => x.includes('backoff ('))
    expect(waits.map((w) => w.replace(/ \(.*\)$/, ''))).toEqual([
      '1st failure: next pod after 10s backoff', '2nd failure: next pod after 20s backoff', '3rd failure: next pod after 40s backoff',
      '4th failure: next pod after 80s backoff', '5th failure: next pod after 2m40s backoff', '6th failure: next pod after 5m20s backoff',
    ])
    expect(jobSentences(t).at(-2)).toBe('7 failed pods > backoffLimit 6 → FailureTarget; delete 0 active pods')
  })

  it('observer + writer: one pod, Complete, then the background deletion of its pod', () => {
    const s = jobSentences(run(observerWrite))
    expect(s.slice(0, 5)).toEqual([
      START, 'completions 1, succeeded 0, parallelism 1 → wantActive = min(1−0, 1) = 1; 0 active: create 1 pod',
      'POD succeeded → succeeded 1 of 1', 'succeeded 1 ≥ completions 1 and no pod active → SuccessCriteriaMet', COMPLETE,
    ])
  })

  it('every decision of every seed lab names a documentation page', () => {
    for (const lab of [completion, completionGt, completionLt, parallelism, backoffLimit, deadline, indexed, suspend, initContainers, observerWrite]) {
      for (const d of decisions(run(lab))) expect(docFor(d.rule), d.rule).not.toBeNull()
    }
  })
})
