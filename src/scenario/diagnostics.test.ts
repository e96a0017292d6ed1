import { describe, expect, it } from 'vitest'
import type { Trace } from '../sim/trace/events'
import { commandDiagnostics, fieldPath, yamlDiagnostics } from './diagnostics'

const job = `apiVersion: batch/v1
kind: Job
metadata:
  name: hello
spec:
  parallelism: -1
  template:
    spec:
      containers:
        - name: c
          image: busybox
`

const trace = (output: string): Trace => ({
  schema: 'jobs-playground.trace/v1', seed: 1, startTime: '', end: 0, stopped: 'idle', files: {},
  events: [{ at: 0, type: 'command', startedAt: 0, command: 'kubectl apply -f job.yaml', output, exitCode: 1 }],
})

describe('diagnostics', () => {
  it('reads field paths with indexes', () => {
    expect(fieldPath('spec.template.spec.containers[0].image')).toEqual(['spec', 'template', 'spec', 'containers', 0, 'image'])
  })

  it('places an apiserver error on the field it names', () => {
    const d = commandDiagnostics({ 'job.yaml': job }, trace('The Job "hello" is invalid: spec.parallelism: Invalid value: -1: must be greater than or equal to 0\n'))
    expect(d).toEqual([{ file: 'job.yaml', line: 6, column: 3, endLine: 6, endColumn: 18, severity: 'error', message: 'spec.parallelism: Invalid value: -1: must be greater than or equal to 0' }])
  })

  it('places each of several causes, and a missing field at its parent', () => {
    const out = 'The Job "hello" is invalid: \n* spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"\n* spec.parallelism: Invalid value: -1: must be greater than or equal to 0\n'
    const d = commandDiagnostics({ 'job.yaml': job }, trace(out))
    expect(d.map((x) => [x.line, x.message.split(':')[0]])).toEqual([[8, 'spec.template.spec.restartPolicy'], [6, 'spec.parallelism']])
  })

  it('reports YAML syntax errors with their line', () => {
    const d = yamlDiagnostics({ 'job.yaml': 'spec:\n  parallelism: [1\n' })
    expect(d[0]).toMatchObject({ file: 'job.yaml', severity: 'error' })
    expect(d[0]!.line).toBeGreaterThanOrEqual(2)
  })
})
