import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../../scenario/scenario'
import { numberAt, tunableNumbers, withNumber } from './numberAt'

const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: hello # parallelism: 9 in a comment is not a field
  annotations:
    note: "parallelism: 7"
spec:
  parallelism: 2
  completions: 10
  backoffLimit: 4
  activeDeadlineSeconds: 120
  ttlSecondsAfterFinished: 0
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: c
          image: busybox
          env:
            - name: X
              value: "sleep 99"
          command: ["sh", "-c", "echo hi; sleep 30; sleep\\t5"]
          args:
            - |
              echo a
              sleep 12;
              sleep
              7
`
const at = (text: string, needle: string, plus = 0) => text.indexOf(needle) + plus

describe('tunableNumbers', () => {
  it('finds the Job spec fields and the sleeps in command/args, in document order', () => {
    const found = tunableNumbers(JOB).map((t) => [t.label, t.value, JOB.slice(t.start, t.end)])
    expect(found).toEqual([
      ['parallelism', 2, '2'],
      ['completions', 10, '10'],
      ['backoffLimit', 4, '4'],
      ['activeDeadlineSeconds', 120, '120'],
      ['ttlSecondsAfterFinished', 0, '0'],
      ['sleep (seconds)', 30, '30'],
      ['sleep (seconds)', 12, '12'],
    ])
  })

  it('gives dotted paths, sleeps numbered within their string', () => {
    expect(tunableNumbers(JOB).map((t) => t.path)).toEqual([
      'spec.parallelism', 'spec.completions', 'spec.backoffLimit', 'spec.activeDeadlineSeconds', 'spec.ttlSecondsAfterFinished',
      'spec.template.spec.containers.0.command.2#sleep0', 'spec.template.spec.containers.0.args.0#sleep0',
    ])
  })

  it('offers a range that holds the value with room to grow', () => {
    const byLabel = Object.fromEntries(tunableNumbers(JOB).map((t) => [t.label, t]))
    expect(byLabel.parallelism).toMatchObject({ min: 0, max: 20, step: 1 })
    expect(byLabel.activeDeadlineSeconds).toMatchObject({ min: 1, max: 300 })
    const big = tunableNumbers('spec:\n  completions: 50\n')[0]!
    expect(big).toMatchObject({ value: 50, max: 100 })
  })

  it('finds a CronJob jobTemplate field and backoffLimitPerIndex', () => {
    const cron = 'kind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      backoffLimitPerIndex: 1\n'
    expect(tunableNumbers(cron).map((t) => t.path)).toEqual(['spec.jobTemplate.spec.backoffLimitPerIndex'])
  })

  it('skips what is not a plain non-negative integer, and broken YAML', () => {
    expect(tunableNumbers('spec:\n  parallelism: "2"\n  completions: 2.5\n  backoffLimit: -1\n  ttlSecondsAfterFinished: 0x10\n')).toEqual([])
    expect(tunableNumbers('spec:\n  parallelism: [\n')).toEqual([])
    expect(tunableNumbers('')).toEqual([])
  })

  it('finds the number after a bare sleep in a command list, quoted or not', () => {
    const text = 'spec:\n  template:\n    spec:\n      containers:\n        - command:\n            - sleep\n            - "60"\n          args: [sleep, 5, echo, "7"]\n'
    const found = tunableNumbers(text)
    expect(found.map((t) => [t.value, text.slice(t.start, t.end), t.path])).toEqual([
      [60, '60', 'spec.template.spec.containers.0.command.1#sleep0'],
      [5, '5', 'spec.template.spec.containers.0.args.1#sleep0'],
    ])
  })

  it('reads every document of a multi-document file', () => {
    const two = 'spec:\n  parallelism: 1\n---\nspec:\n  parallelism: 3\n'
    expect(tunableNumbers(two).map((t) => t.value)).toEqual([1, 3])
  })

  // observer-write's Job has no numbers at all (no completions, parallelism or sleep): nothing to tune.
  it('finds a number in every seed lab but observer-write', () => {
    const dir = new URL('../../../scenario/labs/', import.meta.url)
    for (const lab of readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'observer-write.yaml')) {
      const parsed = parseScenario(readFileSync(new URL(lab, dir), 'utf8'), lab)
      if (!parsed.ok) throw new Error(parsed.problem.message)
      const texts = Object.values(parsed.scenario.files)
      expect(texts.flatMap(tunableNumbers).length, lab).toBeGreaterThan(0)
    }
  })
})

describe('numberAt', () => {
  it('answers inside the digits and just after them, not before', () => {
    const p = at(JOB, 'parallelism: 2', 'parallelism: '.length)
    expect(numberAt(JOB, p)?.label).toBe('parallelism')
    expect(numberAt(JOB, p + 1)?.value).toBe(2)
    expect(numberAt(JOB, p - 1)).toBeNull()
    const c = at(JOB, 'completions: 10', 'completions: 1'.length)
    expect(numberAt(JOB, c)?.value).toBe(10)
  })

  it('does not offer a sleep outside command/args, or a number in a comment', () => {
    expect(numberAt(JOB, at(JOB, 'sleep 99', 6))).toBeNull()
    expect(numberAt(JOB, at(JOB, 'parallelism: 9', 13))).toBeNull()
  })
})

describe('withNumber', () => {
  it('replaces only the digits, growing or shrinking the text', () => {
    const t = tunableNumbers(JOB)[1]!
    const text = withNumber(JOB, t, 7)
    expect(text).toContain('  completions: 7\n  backoffLimit: 4')
    expect(text.length).toBe(JOB.length - 1)
    expect(tunableNumbers(text)[1]!.value).toBe(7)
  })
})
