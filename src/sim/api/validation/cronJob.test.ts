// Schedule and CronJob validation texts, from robfig/cron v3 parser.go and
// pkg/apis/batch/validation/validation.go (1.34).
import { describe, expect, it } from 'vitest'
import { defaultCronJob, prepareCronJobForCreate } from '../defaults'
import type { CronJob } from '../types'
import { causeTexts } from './format'
import { parseStandard } from './cronSchedule'
import { validateCronJobCreate } from './cronJob'

const err = (s: string) => { const r = parseStandard(s); return r.ok ? 'ok' : r.error }

describe('parseStandard (robfig ParseStandard)', () => {
  it('reports the field count with the fields', () => {
    expect(err('error')).toBe('expected exactly 5 fields, found 1: [error]')
    expect(err('* * * * * *')).toBe('expected exactly 5 fields, found 6: [* * * * * *]')
    expect(err('')).toBe('empty spec string')
  })
  it('checks ranges: day of week is 0-6, so 7 is refused', () => {
    expect(err('0 0 * * 7')).toBe('end of range (7) above maximum (6): 7')
    expect(err('60 * * * *')).toBe('end of range (60) above maximum (59): 60')
    expect(err('0 0 0 * *')).toBe('beginning of range (0) below minimum (1): 0')
    expect(err('5-2 * * * *')).toBe('beginning of range (5) beyond end of range (2): 5-2')
    expect(err('*/0 * * * *')).toBe('step of range should be a positive number: */0')
    expect(err('x * * * *')).toBe('failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax')
    expect(err('1-2-3 * * * *')).toBe('too many hyphens: 1-2-3')
  })
  it('knows descriptors, @every and names', () => {
    expect(parseStandard('@hourly')).toEqual({ ok: true, schedule: { kind: 'cron', pattern: '0 * * * *' } })
    expect(parseStandard('@every 90s')).toEqual({ ok: true, schedule: { kind: 'every', delayMs: 90_000 } })
    expect(err('@often')).toBe('unrecognized descriptor: @often')
    expect(err('@every 5')).toBe('failed to parse duration @every 5: time: missing unit in duration "5"')
    expect(parseStandard('0 9 * JAN-MAR mon-fri')).toEqual({ ok: true, schedule: { kind: 'cron', pattern: '0 9 * 1,2,3 1,2,3,4,5' } })
    // "N/step" is "N-max/step"; a stepped star is no longer a star (dom/dow then combine with OR).
    expect(parseStandard('5/20 * */2 * *')).toEqual({ ok: true, schedule: { kind: 'cron', pattern: '5,25,45 * ' + Array.from({ length: 16 }, (_, i) => 1 + 2 * i).join(',') + ' * *' } })
  })
})

const cronJob = (spec: Partial<CronJob['spec']>, name = 'hello'): CronJob => {
  const m = defaultCronJob({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name, namespace: 'default' }, spec: { schedule: '*/1 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } } }, ...spec } })
  return prepareCronJobForCreate({ ...m, metadata: { ...m.metadata, uid: 'u', resourceVersion: '1', creationTimestamp: 0 }, status: {} }, 'u')
}
const texts = (cj: CronJob) => causeTexts(validateCronJobCreate(cj, (n) => n === 'UTC' || n === 'Europe/Berlin'))

describe('validateCronJobCreate', () => {
  it('defaults Allow, suspend false, history limits 3 and 1', () => {
    const s = cronJob({}).spec
    expect([s.concurrencyPolicy, s.suspend, s.successfulJobsHistoryLimit, s.failedJobsHistoryLimit]).toEqual(['Allow', false, 3, 1])
    expect(s.jobTemplate.spec.parallelism).toBeUndefined()
    expect(texts(cronJob({}))).toEqual([])
  })
  it('uses the apiserver texts', () => {
    expect(texts(cronJob({ schedule: 'error' }))).toEqual(['spec.schedule: Invalid value: "error": expected exactly 5 fields, found 1: [error]'])
    expect(texts(cronJob({ schedule: 'TZ=UTC 0 * * * *' }))).toEqual(['spec.schedule: Invalid value: "TZ=UTC 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead'])
    expect(texts(cronJob({ timeZone: '' }))).toEqual(['spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string'])
    expect(texts(cronJob({ timeZone: 'Mars/Olympus' }))).toEqual(['spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus'])
    expect(texts(cronJob({ concurrencyPolicy: 'Sometimes' as 'Allow' }))).toEqual(['spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"'])
    expect(texts(cronJob({ successfulJobsHistoryLimit: -1 }))).toEqual(['spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0'])
    expect(texts(cronJob({}, 'a'.repeat(53)))).toEqual([`metadata.name: Invalid value: "${'a'.repeat(53)}": must be no more than 52 characters`])
    expect(texts(cronJob({}, 'a'.repeat(52)))).toEqual([])
  })
})
