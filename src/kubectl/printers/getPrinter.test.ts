import { describe, expect, it } from 'vitest'
import { tableFor } from '../../sim/api/printers'
import { condition, containerStatus, job, pod } from '../../sim/api/printers/testObjects'
import type { Job, JobCondition, Pod } from '../../sim/api/types'
import { printGet, WatchPrinter } from './getPrinter'

// Expected text: the seed (`kubectl get job -w` of "Lab: Job with Completion", `kubectl get pod -w`
// of "Completion > parallelism", `No resources found in default namespace.`) and reference §2.3/§3
// (`-o wide` and `kubectl get jobs,pods` samples).
const S = 1000
const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('')
const done = (finished: number) => containerStatus('c', { terminated: { exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: finished } })

function hello(): { j: Job; p: Pod } {
  const j = job('hello', {}, { startTime: 0, completionTime: 9 * S, succeeded: 1, conditions: [{ type: 'Complete', status: 'True', lastProbeTime: 0, lastTransitionTime: 0 }] })
  const p = pod('hello-7xk2p', { phase: 'Succeeded', podIP: '10.244.0.12', containerStatuses: [done(8 * S)] })
  p.spec.nodeName = 'kind-control-plane'
  return { j, p }
}

describe('printGet', () => {
  it('prints several kinds with kind prefixes and a blank line between them', () => {
    const { j, p } = hello()
    const out = printGet([{ kind: 'job.batch', table: tableFor('Job', [j], 41 * S) }, { kind: 'pod', table: tableFor('Pod', [p], 41 * S) }], { namespace: 'default' })
    expect(out.stdout).toBe(
      lines(
        'NAME              STATUS     COMPLETIONS   DURATION   AGE',
        'job.batch/hello   Complete   1/1           9s         41s',
        '',
        'NAME              READY   STATUS      RESTARTS   AGE',
        'pod/hello-7xk2p   0/1     Completed   0          41s',
      ),
    )
    expect(out.stderr).toBe('')
  })

  it('adds the wide columns with -o wide', () => {
    const { p } = hello()
    expect(printGet([{ kind: 'pod', table: tableFor('Pod', [p], 41 * S) }], { namespace: 'default', wide: true }).stdout).toBe(
      lines(
        'NAME          READY   STATUS      RESTARTS   AGE   IP            NODE                 NOMINATED NODE   READINESS GATES',
        'hello-7xk2p   0/1     Completed   0          41s   10.244.0.12   kind-control-plane   <none>           <none>',
      ),
    )
  })

  it('says No resources found on stderr when nothing printed', () => {
    expect(printGet([{ kind: 'job.batch', table: tableFor('Job', [], 0) }], { namespace: 'default' })).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n' })
    expect(printGet([{ kind: 'job.batch', table: tableFor('Job', [], 0) }], { namespace: 'default', allNamespaces: true }).stderr).toBe('No resources found\n')
  })

  it('prints no blank line before the first kind that has rows, and a NAMESPACE column with -A', () => {
    const { p } = hello()
    const out = printGet([{ kind: 'job.batch', table: tableFor('Job', [], 0) }, { kind: 'pod', table: tableFor('Pod', [p], 41 * S) }], { namespace: 'default', allNamespaces: true })
    expect(out.stdout).toBe(lines('NAMESPACE   NAME              READY   STATUS      RESTARTS   AGE', 'default     pod/hello-7xk2p   0/1     Completed   0          41s'))
  })
})

describe('WatchPrinter', () => {
  const cond = (type: JobCondition['type']): JobCondition => ({ type, status: 'True', lastProbeTime: 0, lastTransitionTime: 0 })

  it('prints the seed`s `kubectl get job -w`: header with the first event, widths that only grow', () => {
    const w = new WatchPrinter({})
    let out = w.list(tableFor('Job', [], 0))
    const ev = (j: Job, now: number) => (out += w.event('MODIFIED', tableFor('Job', [j], now)))
    ev(job('demo-job-completion', { completions: 5 }), 0)
    ev(job('demo-job-completion', { completions: 5 }, { startTime: 0 }), 0)
    ev(job('demo-job-completion', { completions: 5 }, { startTime: 0, succeeded: 4 }), 260 * S)
    ev(job('demo-job-completion', { completions: 5 }, { startTime: 0, succeeded: 4, conditions: [cond('SuccessCriteriaMet')] }), 261 * S)
    ev(job('demo-job-completion', { completions: 5 }, { startTime: 0, completionTime: 261 * S, succeeded: 5, conditions: [cond('SuccessCriteriaMet'), cond('Complete')] }), 261 * S)
    expect(out).toBe(
      lines(
        'NAME                  STATUS    COMPLETIONS   DURATION   AGE',
        'demo-job-completion   Running   0/5                      0s',
        'demo-job-completion   Running   0/5           0s         0s',
        'demo-job-completion   Running   4/5           4m20s      4m20s',
        'demo-job-completion   SuccessCriteriaMet   4/5           4m21s      4m21s',
        'demo-job-completion   Complete             5/5           4m21s      4m21s',
      ),
    )
  })

  it('widens NAME for a longer pod after the first listing (seed, Completion > parallelism)', () => {
    const H = 3600 * S
    const observer = pod('observer', { phase: 'Running', containerStatuses: [containerStatus('busybox', { running: { startedAt: 0 } }, { ready: true })] })
    const w = new WatchPrinter({})
    const now = 6 * H + 42 * 60 * S
    let out = w.list(tableFor('Pod', [observer], now))
    const name = 'demo-job-completion-lg-parallelism-cc7fr'
    out += w.event('ADDED', tableFor('Pod', [pod(name, {}, { created: now })], now))
    out += w.event('MODIFIED', tableFor('Pod', [pod(name, { containerStatuses: [containerStatus('c', { waiting: { reason: 'ContainerCreating' } })] }, { created: now })], now))
    const running = pod(name, { phase: 'Running', conditions: [condition('Ready', 'True')], containerStatuses: [containerStatus('c', { running: { startedAt: now } }, { ready: true })] }, { created: now })
    out += w.event('MODIFIED', tableFor('Pod', [running], now + 3 * S))
    expect(out).toBe(
      lines(
        'NAME       READY   STATUS    RESTARTS   AGE',
        'observer   1/1     Running   0          6h42m',
        'demo-job-completion-lg-parallelism-cc7fr   0/1     Pending   0          0s',
        'demo-job-completion-lg-parallelism-cc7fr   0/1     ContainerCreating   0          0s',
        'demo-job-completion-lg-parallelism-cc7fr   1/1     Running             0          3s',
      ),
    )
  })

  it('adds the EVENT column with --output-watch-events and skips the first event of a named object', () => {
    const w = new WatchPrinter({ outputWatchEvents: true, namedObject: true })
    const p = pod('p')
    let out = w.list(tableFor('Pod', [p], 0))
    out += w.event('ADDED', tableFor('Pod', [p], 0))
    out += w.event('DELETED', tableFor('Pod', [p], 2 * S))
    // formatEventType pads ADDED/DELETED to 8 characters, so the column is 8 + 3 wide.
    expect(out).toBe(lines('EVENT      NAME   READY   STATUS    RESTARTS   AGE', 'ADDED      p      0/1     Pending   0          0s', 'DELETED    p      0/1     Pending   0          2s'))
  })
})
