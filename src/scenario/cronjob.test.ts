// The CronJob controller end to end (cronjob_controllerv2.go, utils.go, 1.34) and its kubectl
// output (printCronJob, create job --from). Start time 2026-01-03T01:46:00Z, so the first
// `*/1` time is 01:47:00 = minute 29456747 since the epoch (1767404820 / 60).
import { describe, expect, it } from 'vitest'
import { runScenario } from './run'
import { parseScenario } from './scenario'

const manifest = (extra: string, command = 'date; sleep 90') => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: tick
spec:
  schedule: "*/1 * * * *"
${extra}  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
          - name: tick
            image: busybox
            command: ["sh", "-c", "${command}"]
`
const run = (extra: string, steps: string, command?: string) => {
  const s = parseScenario(`files:\n  cj.yaml: |\n${manifest(extra, command).split('\n').map((l) => `    ${l}`).join('\n')}\nsteps:\n  - at: 0s\n    run: kubectl apply -f cj.yaml\n${steps}`, 'cj-scenario.yaml')
  if (!s.ok) throw new Error(JSON.stringify(s))
  return runScenario(s.scenario)
}
const events = (r: ReturnType<typeof run>, reason: string) => r.trace.events.filter((e) => e.type === 'event' && e.reason === reason).map((e) => e.type === 'event' ? `${e.at} ${e.message}` : '')

describe('CronJob controller', () => {
  it('names each Job after its schedule time in minutes, with the scheduled-timestamp annotation and a controller ownerReference', () => {
    const r = run('', '  - at: 70s\n    run: kubectl delete cronjob tick\n')
    const created = events(r, 'SuccessfulCreate').filter((e) => e.includes('Created job'))
    expect(created).toEqual(['60100 Created job tick-29456747'].map((x) => expect.stringMatching(new RegExp(`^6010\\d ${x.split(' ').slice(1).join(' ')}$`))))
    const job = r.trace.events.find((e) => e.type === 'job' && e.name === 'tick-29456747')
    expect(job && job.type === 'job' ? job.cronJob : null).toEqual({ name: 'tick', schedule: '*/1 * * * *' })
    // The garbage collector deletes the CronJob's Job when the CronJob goes (background cascade).
    expect(r.trace.events.some((e) => e.type === 'delete' && e.object === 'Job/tick-29456747')).toBe(true)
    expect(r.stopped).toBe('idle')
  })
  it('Forbid skips a time while a Job runs (JobAlreadyActive); Allow overlaps', () => {
    const forbid = run('  concurrencyPolicy: Forbid\n', '  - at: 150s\n    run: kubectl patch cronjob tick -p \'{"spec":{"suspend":true}}\'\n')
    expect(events(forbid, 'JobAlreadyActive')[0]).toMatch(/^12010\d Not starting job because prior execution is running and concurrency policy is Forbid$/)
    const allow = run('', '  - at: 150s\n    run: kubectl patch cronjob tick -p \'{"spec":{"suspend":true}}\'\n')
    expect(events(allow, 'JobAlreadyActive')).toEqual([])
    expect(events(allow, 'SuccessfulCreate').filter((e) => e.includes('Created job'))).toHaveLength(2)
  })
  it('Replace deletes the running Job before creating the next', () => {
    const r = run('  concurrencyPolicy: Replace\n', '  - at: 150s\n    run: kubectl patch cronjob tick -p \'{"spec":{"suspend":true}}\'\n')
    expect(events(r, 'SuccessfulDelete')[0]).toMatch(/^12010\d Deleted job tick-29456747$/)
  })
  it('keeps successfulJobsHistoryLimit finished Jobs, deleting the oldest', () => {
    const r = run('  successfulJobsHistoryLimit: 1\n', '  - at: 200s\n    run: kubectl patch cronjob tick -p \'{"spec":{"suspend":true}}\'\n', 'true')
    expect(events(r, 'SuccessfulDelete').map((e) => e.split(' ').slice(1).join(' '))).toEqual(['Deleted job tick-29456747', 'Deleted job tick-29456748'])
    expect(events(r, 'SawCompletedJob')[0]).toMatch(/Saw completed job: tick-29456747, status: Complete$/)
  })
  it('stops a run that still has a scheduling CronJob 10 minutes after the last step', () => {
    const r = run('', '', 'true')
    expect(r.stopped).toBe('until')
    expect(r.trace.end).toBe(600_000)
  })
})

describe('kubectl and CronJobs', () => {
  it('prints the 1.34 columns and creates a Job from a CronJob', () => {
    const r = run('', [
      '  - at: 30s\n    run: kubectl get cj',
      '  - at: 70s\n    run: kubectl get cronjobs -o wide',
      '  - at: 71s\n    run: kubectl create job manual --from=cronjob/tick',
      '  - at: 72s\n    run: kubectl get job manual -o jsonpath={.metadata.annotations}',
      '  - at: 73s\n    run: kubectl create job x --from=job/manual',
      '  - at: 74s\n    run: kubectl patch cronjob tick -p \'{"spec":{"suspend":true}}\'',
    ].join('\n') + '\n')
    const outputs = r.trace.events.filter((e) => e.type === 'command').map((e) => (e.type === 'command' ? e.output : ''))
    expect(outputs[1]).toBe('NAME   SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\ntick   */1 * * * *   <none>     False     0        <none>          30s\n')
    expect(outputs[2]).toBe('NAME   SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE   CONTAINERS   IMAGES    SELECTOR\ntick   */1 * * * *   <none>     False     1        10s             70s   tick         busybox   <none>\n')
    expect(outputs[3]).toBe('job.batch/manual created\n')
    expect(outputs[5]).toBe('error: unknown object type *v1.Job\n')
    const manual = r.cluster.api.get('Job', 'manual')!
    expect(manual.metadata.annotations?.['cronjob.kubernetes.io/instantiate']).toBe('manual')
    expect(manual.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'CronJob', name: 'tick', controller: true })
    const scheduled = r.cluster.api.list('Job').find((j) => j.metadata.name === 'tick-29456747')
    expect(scheduled?.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe('2026-01-03T01:47:00Z')
  })
})
