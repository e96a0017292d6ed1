import { describe, expect, it } from 'vitest'
import { job, kevent, UID } from '../../../sim/api/printers/testObjects'
import type { Job } from '../../../sim/api/types'
import { capIndexesListOrNone, describeJob } from './job'

const S = 1000
const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('')
const jobLabels = (name: string) => ({ 'batch.kubernetes.io/controller-uid': UID, 'batch.kubernetes.io/job-name': name, 'controller-uid': UID, 'job-name': name })

/** The seed's "Lab: Job" (observer-write version): the Job as the apiserver stores it. */
function demoJobWrite(): Job {
  const j = job(
    'demo-job-write',
    {
      template: {
        metadata: { labels: jobLabels('demo-job-write') },
        spec: {
          restartPolicy: 'Never',
          volumes: [{ name: 'local-storage', hostPath: { path: '/tmp/data', type: 'DirectoryOrCreate' } }],
          containers: [
            {
              name: 'writer',
              image: 'busybox',
              command: ['/bin/sh', '-c'],
              args: ['echo "$(date) Demo Job writer";\necho "$(date) Demo Job writer" > /data/message.txt;\n'],
              volumeMounts: [{ name: 'local-storage', mountPath: '/data' }],
            },
          ],
        },
      },
    },
    { startTime: 39 * S + 300, completionTime: 45 * S + 800, succeeded: 1, ready: 0 },
  )
  j.metadata.labels = jobLabels('demo-job-write')
  j.metadata.annotations = { 'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"batch/v1","kind":"Job"}\n' }
  return j
}

describe('describeJob', () => {
  it('prints the seed`s `kubectl describe job demo-job-write` (times in UTC)', () => {
    const epoch = Date.UTC(2026, 0, 2, 19, 46, 0)
    const events = [
      kevent({ kind: 'Job', name: 'demo-job-write' }, 'SuccessfulCreate', 'Created pod: demo-job-write-2rt82', 39 * S),
      kevent({ kind: 'Job', name: 'demo-job-write' }, 'Completed', 'Job completed', 45 * S),
    ]
    // The seed shows `Fri, 02 Jan 2026 14:46:39 -0500`; the playground prints UTC. The blank line
    // after the args is LEVEL_3 + the empty last line of the `|` block: six spaces (the seed's
    // copy lost them together with its `# ` prefix).
    expect(describeJob(demoJobWrite(), events, epoch, 60 * S)).toBe(
      lines(
        'Name:             demo-job-write',
        'Namespace:        default',
        `Selector:         batch.kubernetes.io/controller-uid=${UID}`,
        `Labels:           batch.kubernetes.io/controller-uid=${UID}`,
        '                  batch.kubernetes.io/job-name=demo-job-write',
        `                  controller-uid=${UID}`,
        '                  job-name=demo-job-write',
        'Annotations:      <none>',
        'Parallelism:      1',
        'Completions:      1',
        'Completion Mode:  NonIndexed',
        'Suspend:          false',
        'Backoff Limit:    6',
        'Start Time:       Fri, 02 Jan 2026 19:46:39 +0000',
        'Completed At:     Fri, 02 Jan 2026 19:46:45 +0000',
        'Duration:         6s',
        'Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed',
        'Pod Template:',
        `  Labels:  batch.kubernetes.io/controller-uid=${UID}`,
        '           batch.kubernetes.io/job-name=demo-job-write',
        `           controller-uid=${UID}`,
        '           job-name=demo-job-write',
        '  Containers:',
        '   writer:',
        '    Image:      busybox',
        '    Port:       <none>',
        '    Host Port:  <none>',
        '    Command:',
        '      /bin/sh',
        '      -c',
        '    Args:',
        '      echo "$(date) Demo Job writer";',
        '      echo "$(date) Demo Job writer" > /data/message.txt;',
        '      ',
        '    Environment:  <none>',
        '    Mounts:',
        '      /data from local-storage (rw)',
        '  Volumes:',
        '   local-storage:',
        '    Type:          HostPath (bare host directory volume)',
        '    Path:          /tmp/data',
        '    HostPathType:  DirectoryOrCreate',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Events:',
        '  Type    Reason            Age   From            Message',
        '  ----    ------            ----  ----            -------',
        '  Normal  SuccessfulCreate  21s   job-controller  Created pod: demo-job-write-2rt82',
        '  Normal  Completed         15s   job-controller  Job completed',
      ),
    )
  })

  it('prints the Indexed header with Completed Indexes and no Completed At/Duration while running', () => {
    const j = job('idx', { parallelism: 3, completions: 3, completionMode: 'Indexed' }, { startTime: 0, completionTime: 9 * S, succeeded: 3, ready: 0, completedIndexes: '0-2' })
    const out = describeJob(j, [], Date.UTC(2026, 0, 3, 2, 10, 0), 30 * S)
    // reference §4.1 "Indexed job header": the widest label makes the top block 20 wide
    expect(out).toContain(lines('Completion Mode:    Indexed', 'Suspend:            false', 'Backoff Limit:      6', 'Start Time:         Sat, 03 Jan 2026 02:10:00 +0000'))
    expect(out).toContain(lines('Pods Statuses:      0 Active (0 Ready) / 3 Succeeded / 0 Failed', 'Completed Indexes:  0-2', 'Pod Template:'))
  })

  it('prints Active Deadline Seconds and a Warning event; no Duration for a Failed job', () => {
    const j = job('demo-job-fail-deadline', { completions: 2, activeDeadlineSeconds: 90 }, { startTime: 0, succeeded: 1, failed: 1, ready: 0 })
    const events = [
      kevent({ kind: 'Job', name: 'demo-job-fail-deadline' }, 'SuccessfulCreate', 'Created pod: demo-job-fail-deadline-qdhxq', 0),
      kevent({ kind: 'Job', name: 'demo-job-fail-deadline' }, 'SuccessfulCreate', 'Created pod: demo-job-fail-deadline-zt2b7', 72 * S),
      kevent({ kind: 'Job', name: 'demo-job-fail-deadline' }, 'SuccessfulDelete', 'Deleted pod: demo-job-fail-deadline-zt2b7', 90 * S),
      kevent({ kind: 'Job', name: 'demo-job-fail-deadline' }, 'DeadlineExceeded', 'Job was active longer than specified deadline', 124 * S, { type: 'Warning' }),
    ]
    const out = describeJob(j, events, 0, 311 * S)
    expect(out).toContain('Active Deadline Seconds:  90s\n')
    expect(out).not.toContain('Duration:')
    // the seed's block for this lab (`kubectl describe job demo-job-fail-deadline`)
    expect(out).toContain(
      lines(
        'Events:',
        '  Type     Reason            Age    From            Message',
        '  ----     ------            ----   ----            -------',
        '  Normal   SuccessfulCreate  5m11s  job-controller  Created pod: demo-job-fail-deadline-qdhxq',
        '  Normal   SuccessfulCreate  3m59s  job-controller  Created pod: demo-job-fail-deadline-zt2b7',
        '  Normal   SuccessfulDelete  3m41s  job-controller  Deleted pod: demo-job-fail-deadline-zt2b7',
        '  Warning  DeadlineExceeded  3m7s   job-controller  Job was active longer than specified deadline',
      ),
    )
  })

  it('joins `Events:  <none>` to the block above and prints fieldRef env without a value', () => {
    const j = job('demo-job-indexed', { completions: 12, completionMode: 'Indexed' }, { ready: 0 })
    j.spec.template.spec.containers[0]!.env = [{ name: 'INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" } } }]
    const out = describeJob(j, [], 0, 0)
    expect(out).toContain('Completed Indexes:  <none>\n')
    // describe.go writes `%s:\t%s (%s:%s)` with no value in a template. The env line opens a block
    // that runs to `Events:\t<none>` (reference §1.3: it does not flush), all 19 wide.
    expect(out.endsWith(
      lines(
        '    Environment:',
        "      INDEX:        (v1:metadata.annotations['batch.kubernetes.io/job-completion-index'])",
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Events:            <none>',
      ),
    )).toBe(true)
  })

  it('caps a long completed-index list after the first comma past 50 characters', () => {
    const many = Array.from({ length: 40 }, (_, i) => String(i * 2)).join(',')
    expect(capIndexesListOrNone(many, 50)).toBe(`${many.slice(0, many.indexOf(',', 50) + 1)}...`)
    expect(capIndexesListOrNone('0-2', 50)).toBe('0-2')
  })
})
