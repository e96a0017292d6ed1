// Golden tests: every seed lab, run in-process, checked against what the real Kubernetes 1.34
// cluster showed in the seed (shared/seeds/000_…txt, DESIGN §7). Expected values come from the
// seed's recorded kubectl output, never from this engine's own output.
import { describe, expect, it } from 'vitest'
import type { Trace } from '../sim/trace/events'
import backoffLimit from './labs/backoff-limit.yaml?raw'
import completionGt from './labs/completion-gt-parallelism.yaml?raw'
import completionLt from './labs/completion-lt-parallelism.yaml?raw'
import completion from './labs/completion.yaml?raw'
import deadline from './labs/deadline.yaml?raw'
import indexedAnnotation from './labs/indexed-annotation.yaml?raw'
import indexed from './labs/indexed.yaml?raw'
import initContainers from './labs/init-containers.yaml?raw'
import observerWrite from './labs/observer-write.yaml?raw'
import parallelism from './labs/parallelism.yaml?raw'
import podCommunication from './labs/pod-communication.yaml?raw'
import suspend from './labs/suspend.yaml?raw'
import { runScenario } from './run'
import { parseScenario } from './scenario'
import {
  changes, commands, firstStatusAt, inOrder, jobRows, k8sEvents, lines, maxConcurrentPods, podCreationTimes, podNames, podRows, within,
} from './testing/traceQueries'

const TOL = 0.3
const NAME_CHARS = '[bcdfghjklmnpqrstvwxz2456789]{5}'

function run(text: string, seed = 1): Trace {
  const r = parseScenario(text, 'lab.yaml')
  if (!r.ok) throw new Error(r.problem.message)
  return runScenario(r.scenario, { seed }).trace
}

describe('seed lab: Job with Completion (completions 5)', () => {
  const t = run(completion)
  const job = 'demo-job-completion'
  it('runs 5 pods one after another, each through the seed\'s statuses', () => {
    expect(podNames(t, job)).toHaveLength(5)
    expect(maxConcurrentPods(t, job)).toBe(1)
    for (const p of podNames(t, job)) {
      const rows = podRows(t, job).filter((r) => r.name === p)
      // Seed: `Pending`, `Pending`, `Init:0/1`, …, `PodInitializing`, `1/1 Running`, `0/1 Completed` ×2–3.
      expect(rows.slice(0, 2).map((r) => r.status)).toEqual(['Pending', 'Pending'])
      expect(inOrder(changes(rows.map((r) => `${r.ready} ${r.status}`)), ['0/1 Pending', '0/1 Init:0/1', '0/1 PodInitializing', '1/1 Running', '0/1 Completed'])).toBe(true)
      expect(rows.filter((r) => r.status === 'Completed').length).toBeGreaterThanOrEqual(2)
    }
  })
  it('shows SuccessCriteriaMet 4/5, then Complete 5/5 near 4m21s', () => {
    const rows = jobRows(t, job)
    const i = rows.findIndex((r) => r.status === 'SuccessCriteriaMet')
    expect(rows[i]?.completions).toBe('4/5')
    expect(rows[i + 1]).toMatchObject({ status: 'Complete', completions: '5/5' })
    expect(rows[0]).toMatchObject({ status: 'Running', completions: '0/5' })
    expect(within(firstStatusAt(t, job, ['Complete']), 261_000, TOL)).toBe(true)
  })
  it('starts each pod ~52 s after the previous one', () => {
    const times = podCreationTimes(t, job)
    for (let i = 1; i < times.length; i++) expect(within(times[i]! - times[i - 1]!, 52_000, TOL)).toBe(true)
  })
  it('writes 10 lines to /tmp/data/message.txt, init then container, in busybox date format', () => {
    const msg = lines(t.files['/tmp/data/message.txt'])
    expect(msg).toHaveLength(10)
    msg.forEach((l, i) => expect(l).toMatch(new RegExp(`^[A-Z][a-z]{2} [A-Z][a-z]{2} [ 1-3]\\d \\d\\d:\\d\\d:\\d\\d UTC 2026 ${i % 2 ? 'Container message' : 'Init container message'}$`)))
  })
})

describe('seed lab: Job with parallelism 5 (no completions)', () => {
  const t = run(parallelism)
  const job = 'demo-job-parallelism'
  it('runs 5 pods at once and completes as 5/1 of 5 near 58 s', () => {
    expect(podNames(t, job)).toHaveLength(5)
    expect(maxConcurrentPods(t, job)).toBe(5)
    const rows = jobRows(t, job)
    expect(rows[0]?.completions).toBe('0/1 of 5')
    expect(rows.at(-1)).toMatchObject({ status: 'Complete', completions: '5/1 of 5' })
    expect(inOrder(changes(rows.map((r) => r.status)), ['Running', 'SuccessCriteriaMet', 'Complete'])).toBe(true)
    expect(within(firstStatusAt(t, job, ['Complete']), 58_000, TOL)).toBe(true)
  })
  it('counts successes up one by one while the others finish (seed: 1/1 of 5, 2/1 of 5, 3/1 of 5)', () => {
    const counts = changes(jobRows(t, job).map((r) => r.succeeded))
    expect(counts[0]).toBe(0)
    expect(counts.at(-1)).toBe(5)
  })
})

describe('seed lab: completions 5 > parallelism 2', () => {
  const t = run(completionGt)
  const job = 'demo-job-completion-lg-parallelism'
  it('runs waves of 2, 2, 1 about 38 s apart and completes near 117 s', () => {
    const times = podCreationTimes(t, job)
    expect(times).toHaveLength(5)
    expect(maxConcurrentPods(t, job)).toBe(2)
    expect(times[1]! - times[0]!).toBeLessThan(1000)
    expect(within(times[2]! - times[0]!, 38_000, TOL)).toBe(true)
    expect(within(times[4]! - times[2]!, 38_000, TOL)).toBe(true)
    expect(jobRows(t, job).at(-1)).toMatchObject({ status: 'Complete', completions: '5/5' })
    expect(within(firstStatusAt(t, job, ['Complete']), 117_000, TOL)).toBe(true)
    expect(lines(t.files['/tmp/data/message.txt'])).toHaveLength(5)
  })
})

describe('seed lab: completions 2 < parallelism 5', () => {
  const t = run(completionLt)
  const job = 'demo-job-completion-lt-parallelism'
  it('creates exactly 2 pods and completes 2/2 near 39 s', () => {
    expect(podNames(t, job)).toHaveLength(2)
    expect(k8sEvents(t, 'SuccessfulCreate')).toHaveLength(2)
    expect(jobRows(t, job).at(-1)).toMatchObject({ status: 'Complete', completions: '2/2' })
    expect(within(firstStatusAt(t, job, ['Complete']), 39_000, TOL)).toBe(true)
  })
})

describe('seed lab: backoffLimit (OnFailure, `false`, default limit 6)', () => {
  const t = run(backoffLimit)
  const job = 'demo-job-fails-default-limit'
  it('restarts containers in place, then fails the Job ~28 s in, deleting its 3 pods', () => {
    expect(podNames(t, job)).toHaveLength(3)
    expect(Math.max(...podRows(t, job).map((r) => r.restarts))).toBeGreaterThanOrEqual(1)
    expect(podRows(t, job).some((r) => r.status === 'CrashLoopBackOff')).toBe(true)
    const failedAt = firstStatusAt(t, job, ['FailureTarget', 'Failed'])
    expect(failedAt).not.toBeNull()
    expect(failedAt!).toBeGreaterThanOrEqual(10_000)
    expect(failedAt!).toBeLessThanOrEqual(60_000)
    expect(jobRows(t, job).at(-1)).toMatchObject({ status: 'Failed', completions: '0/10' })
    expect(inOrder(changes(jobRows(t, job).map((r) => r.status)), ['Running', 'FailureTarget', 'Failed'])).toBe(true)
  })
  it('records the seed\'s events: 3 SuccessfulCreate, 3 SuccessfulDelete, one Warning BackoffLimitExceeded', () => {
    const jobEvents = k8sEvents(t).filter((e) => e.object === `Job/${job}`)
    expect(jobEvents.map((e) => e.reason)).toEqual(['SuccessfulCreate', 'SuccessfulCreate', 'SuccessfulCreate', 'SuccessfulDelete', 'SuccessfulDelete', 'SuccessfulDelete', 'BackoffLimitExceeded'])
    expect(jobEvents.at(-1)).toMatchObject({ eventType: 'Warning', message: 'Job has reached the specified backoff limit' })
  })
  it('describe shows the default backoff limit and the events table', () => {
    const d = commands(t, /describe job/)[0]?.output ?? ''
    expect(d).toMatch(/^Backoff Limit:\s+6$/m)
    expect(d).toMatch(/^ {2}Warning {2}BackoffLimitExceeded {2}\S+\s+job-controller {2}Job has reached the specified backoff limit$/m)
  })
})

describe('seed lab: activeDeadlineSeconds 90', () => {
  const t = run(deadline)
  const job = 'demo-job-fail-deadline'
  it('completes pod 1, starts pod 2 ~72 s in, deletes it at 90 s, fails 1/2 after the grace period (~124 s)', () => {
    const times = podCreationTimes(t, job)
    expect(times).toHaveLength(2)
    expect(within(times[1]! - times[0]!, 72_000, TOL)).toBe(true)
    const del = k8sEvents(t, 'SuccessfulDelete')
    expect(del).toHaveLength(1)
    expect(del[0]!.at).toBeGreaterThanOrEqual(90_000)
    expect(del[0]!.at).toBeLessThanOrEqual(91_000)
    const warn = k8sEvents(t, 'DeadlineExceeded')
    expect(warn).toHaveLength(1)
    expect(warn[0]).toMatchObject({ eventType: 'Warning', message: 'Job was active longer than specified deadline' })
    expect(warn[0]!.at).toBeGreaterThanOrEqual(115_000)
    expect(warn[0]!.at).toBeLessThanOrEqual(135_000)
    expect(jobRows(t, job).at(-1)).toMatchObject({ status: 'Failed', completions: '1/2' })
  })
  it('describe shows Active Deadline Seconds: 90s', () => {
    expect(commands(t, /describe job/)[0]?.output).toMatch(/^Active Deadline Seconds:\s+90s$/m)
  })
})

describe('seed lab: Indexed Job with JOB_COMPLETION_INDEX', () => {
  const t = run(indexed)
  const job = 'demo-job-indexed'
  it('names pods <job>-<index>-xxxxx, runs 3 at a time, writes each index once, completes 12/12 near 26 s', () => {
    const names = podNames(t, job)
    expect(names).toHaveLength(12)
    for (const n of names) expect(n).toMatch(new RegExp(`^demo-job-indexed-(\\d|1[01])-${NAME_CHARS}$`))
    expect(maxConcurrentPods(t, job)).toBe(3)
    const idx = lines(t.files['/tmp/data/message.txt']).map((l) => Number(l.split('Container Index: ')[1])).sort((a, b) => a - b)
    expect(idx).toEqual([...Array(12).keys()])
    expect(jobRows(t, job).at(-1)).toMatchObject({ status: 'Complete', completions: '12/12', completedIndexes: '0-11' })
    expect(within(firstStatusAt(t, job, ['Complete']), 26_000, TOL)).toBe(true)
  })
})

describe('seed lab: Indexed Job reading the index annotation', () => {
  const t = run(indexedAnnotation)
  const job = 'demo-job-indexed'
  it('writes indexes 0..11 in order, one pod at a time, in about 68 s', () => {
    expect(lines(t.files['/tmp/data/message.txt']).map((l) => l.split('Container Index: ')[1])).toEqual([...Array(12).keys()].map(String))
    expect(maxConcurrentPods(t, job)).toBe(1)
    expect(within(firstStatusAt(t, job, ['Complete']), 68_000, TOL)).toBe(true)
  })
  it('kubectl get pod lists the 12 Completed pods in name order (0, 1, 10, 11, 2, …) as in the seed', () => {
    const out = lines(commands(t, /get pod/)[0]?.output)
    expect(out[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/)
    const rows = out.slice(1)
    expect(rows.map((l) => l.split('-')[3])).toEqual(['0', '1', '10', '11', '2', '3', '4', '5', '6', '7', '8', '9'])
    for (const l of rows) expect(l).toMatch(new RegExp(`^demo-job-indexed-\\d+-${NAME_CHARS}\\s+0/1\\s+Completed\\s+0\\s+\\d`))
  })
})

describe('seed lab: observer pod and a writer Job', () => {
  const t = run(observerWrite)
  const job = 'demo-job-write'
  it('completes 1/1 about 6 s after it was applied', () => {
    const done = firstStatusAt(t, job, ['Complete'])
    expect(within(done === null ? null : done - 60_000, 6000, TOL)).toBe(true)
    expect(inOrder(changes(jobRows(t, job).map((r) => r.status)), ['Running', 'SuccessCriteriaMet', 'Complete'])).toBe(true)
  })
  it('lets the observer read the line the Job wrote', () => {
    const msg = lines(t.files['/tmp/data/message.txt'])
    expect(msg).toHaveLength(1)
    expect(msg[0]).toMatch(/ Demo Job writer$/)
    const cat = commands(t, /exec .*observer/)[0]
    expect(cat?.exitCode).toBe(0)
    expect(cat?.output).toBe(`${msg[0]}\n`)
  })
  it('prints describe, logs, delete and get as the seed shows', () => {
    const d = commands(t, /describe job/)[0]?.output ?? ''
    expect(d).toMatch(/^Name:\s{13}demo-job-write$/m)
    expect(d).toMatch(/^Completion Mode:\s+NonIndexed$/m)
    expect(d).toMatch(/^Pods Statuses:\s+0 Active \(0 Ready\) \/ 1 Succeeded \/ 0 Failed$/m)
    expect(d).toMatch(/^ {2}Normal {2}SuccessfulCreate {2}\S+\s+job-controller {2}Created pod: demo-job-write-/m)
    expect(d).toMatch(/^ {2}Normal {2}Completed\s+\S+\s+job-controller {2}Job completed$/m)
    expect(commands(t, /logs job/)[0]?.output).toMatch(new RegExp(`^\\[pod/demo-job-write-${NAME_CHARS}/writer\\] \\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d UTC 2026 Demo Job writer\\n$`))
    expect(commands(t, /delete job/)[0]?.output).toBe('job.batch "demo-job-write" deleted from default namespace\n')
    expect(commands(t, /^kubectl get job$/)[0]?.output).toBe('No resources found in default namespace.\n')
  })
})

// The seed's recorded run used a different YAML (its message.txt has lines written by the init
// containers and appended with >>). With THIS YAML the init containers have no volume mount, so
// busybox cannot create /data/message.txt (reference §10.2: `sh: can't create /nope/x: nonexistent
// directory`), init01 exits non-zero, and with restartPolicy Never each pod fails at Init:Error. DESIGN
// §1: the YAML's real semantics win.
describe('seed lab: init containers and two containers (the YAML as written)', () => {
  const t = run(initContainers)
  const job = 'demo-job-write-init'
  it('fails each pod at Init:Error, because init01 cannot write to a /data it never mounted', () => {
    const pod = podNames(t, job)[0]!
    const st = changes(podRows(t, job).filter((r) => r.name === pod).map((r) => `${r.ready} ${r.status}`))
    expect(inOrder(st, ['0/2 Pending', '0/2 Init:0/2', '0/2 Init:Error'])).toBe(true)
    expect(st).not.toContain('0/2 Init:1/2')
    expect(podRows(t, job).filter((r) => r.name === pod).at(-1)?.phase).toBe('Failed')
  })
  it('logs the write error from init01 and never runs init02', () => {
    const pod = podNames(t, job)[0]!
    const logs = t.events.filter((e) => e.type === 'log' && e.pod === pod).map((e) => (e.type === 'log' ? `${e.container}: ${e.text}` : ''))
    expect(logs).toHaveLength(2)
    expect(logs[0]).toMatch(/^init01: \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d UTC 2026 Init container 01 message$/)
    expect(logs[1]).toBe("init01: sh: can't create /data/message.txt: nonexistent directory")
    expect(t.files['/tmp/data/message.txt']).toBeUndefined()
  })
  it('replaces failed pods after 10, 20, 40, 80, 160, 320 s and fails the Job on the 7th failure', () => {
    expect(podNames(t, job)).toHaveLength(7)
    expect(jobRows(t, job).at(-1)).toMatchObject({ status: 'Failed', completions: '0/1', failed: 7 })
    expect(k8sEvents(t, 'BackoffLimitExceeded')).toHaveLength(1)
    const created = podCreationTimes(t, job)
    const gaps = created.slice(1).map((c, i) => c - created[i]!)
    // Each gap is the backoff plus the ~3–5 s the previous pod took to start and fail.
    ;[10, 20, 40, 80, 160, 320].forEach((b, i) => {
      expect(gaps[i]!).toBeGreaterThanOrEqual(b * 1000)
      expect(gaps[i]!).toBeLessThanOrEqual(b * 1000 + 8000)
    })
  })
})

describe('seed lab: suspend and resume', () => {
  const t = run(suspend)
  const job = 'demo-job-suspend'
  it('goes Suspended → Running → Suspended → Running → Complete without counting a failure', () => {
    expect(inOrder(changes(jobRows(t, job).map((r) => r.status)), ['Suspended', 'Running', 'Suspended', 'Running', 'Complete'])).toBe(true)
    expect(jobRows(t, job).at(-1)).toMatchObject({ failed: 0, completions: '1/1' })
    expect(podNames(t, job)).toHaveLength(2)
    expect(podRows(t, job).every((r) => r.at >= 60_000)).toBe(true)
  })
  it('records Suspended/Resumed events with the controller\'s messages', () => {
    expect(k8sEvents(t, 'Suspended').map((e) => e.message)).toEqual(['Job suspended', 'Job suspended'])
    expect(k8sEvents(t, 'Resumed').map((e) => e.message)).toEqual(['Job resumed', 'Job resumed'])
  })
  it('prints the seed\'s `kubectl get job` and patch lines', () => {
    expect(commands(t, /^kubectl get job$/)[0]?.output).toBe('NAME               STATUS      COMPLETIONS   DURATION   AGE\ndemo-job-suspend   Suspended   0/1                      30s\n')
    expect(commands(t, /patch/)[0]?.output).toBe('job.batch/demo-job-suspend patched\n')
  })
})

describe('seed lab: communication between Indexed pods through a headless Service', () => {
  const t = run(podCommunication)
  it('hostname -f prints the pod\'s FQDN', () => {
    expect(commands(t, /hostname -f/)[0]?.output).toBe('demo-job-comm-0.demo-job-comm-svc.default.svc.cluster.local\n')
  })
  it('pings pod 0 by FQDN and by short name, busybox style', () => {
    for (const [p, target] of [[commands(t, /ping -c5/)[0], 'demo-job-comm-0.demo-job-comm-svc.default.svc.cluster.local'], [commands(t, /ping -c5/)[1], 'demo-job-comm-0.demo-job-comm-svc']] as const) {
      const out = p?.output ?? ''
      expect(p?.exitCode).toBe(0)
      expect(out).toMatch(new RegExp(`^PING ${target.replaceAll('.', '\\.')} \\(10\\.244\\.0\\.\\d+\\): 56 data bytes\\n`))
      expect(lines(out).filter((l) => /^64 bytes from [\d.]+: seq=\d ttl=64 time=\d+\.\d{3} ms$/.test(l))).toHaveLength(5)
      expect(out).toContain(`\n\n--- ${target} ping statistics ---\n5 packets transmitted, 5 packets received, 0% packet loss\n`)
      expect(out).toMatch(/\nround-trip min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms\n$/)
    }
  })
  it('kubectl get svc shows the headless Service', () => {
    expect(commands(t, /get svc/)[0]?.output).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE\ndemo-job-comm-svc\s+ClusterIP\s+None\s+<none>\s+80\/TCP\s+\d+s\n(kubernetes\s+ClusterIP\s+10\.96\.0\.1\s+<none>\s+443\/TCP\s+\S+\n)?$/)
  })
})

describe('determinism', () => {
  it('gives a byte-identical trace for the same scenario and seed, and other pod names for another seed', () => {
    const a = JSON.stringify(run(completionGt, 7))
    const b = JSON.stringify(run(completionGt, 7))
    expect(a).toBe(b)
    expect(podNames(run(completionGt, 8))).not.toEqual(podNames(JSON.parse(a) as Trace))
  })
})
