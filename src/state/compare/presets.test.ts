import { describe, expect, it } from 'vitest'
import { presetsFor } from './presets'

const job = (spec: string, command: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: demo
spec:
${spec}  template:
    spec:
      restartPolicy: Never
      containers:
        - name: c
          image: busybox
          command: ["sh", "-c"]
          args:
            - |
              ${command}
`

describe('compare presets', () => {
  it('flip restartPolicy, change parallelism and turn > into >>, each as the only change', () => {
    const a = { 'job.yaml': job('  parallelism: 2\n', 'echo hi > /data/message.txt 2>&1') }
    const byId = Object.fromEntries(presetsFor(a).map((p) => [p.id, p]))
    expect(Object.keys(byId)).toEqual(['restart-policy', 'parallelism', 'redirect'])
    expect(byId['restart-policy']).toMatchObject({ label: 'Never vs OnFailure' })
    expect(byId['restart-policy']!.files['job.yaml']).toBe(a['job.yaml'].replace('restartPolicy: Never', 'restartPolicy: OnFailure'))
    expect(byId.parallelism).toMatchObject({ label: 'parallelism 2 vs 5' })
    expect(byId.parallelism!.files['job.yaml']).toBe(a['job.yaml'].replace('parallelism: 2', 'parallelism: 5'))
    expect(byId.redirect).toMatchObject({ label: '> vs >>' })
    expect(byId.redirect!.files['job.yaml']).toBe(a['job.yaml'].replace('hi > /data', 'hi >> /data'))
  })

  it('turns >> back into > and 5 into 2', () => {
    const a = { 'job.yaml': job('  parallelism: 5\n', 'echo "$(date)" >> /data/message.txt') }
    const p = presetsFor(a)
    expect(p.find((x) => x.id === 'redirect')?.files['job.yaml']).toContain('echo "$(date)" > /data/message.txt')
    expect(p.find((x) => x.id === 'parallelism')?.label).toBe('parallelism 5 vs 2')
  })

  it('adds parallelism under the Job spec when A leaves it at its default of 1', () => {
    const a = { 'job.yaml': job('', 'true') }
    const p = presetsFor(a).find((x) => x.id === 'parallelism')
    expect(p?.label).toBe('parallelism 1 vs 5')
    expect(p?.files['job.yaml']).toContain('spec:\n  parallelism: 5\n  template:')
  })

  it('offers no redirect preset for 2>&1, /dev/null or YAML folded scalars, and none for a Pod', () => {
    const a = { 'job.yaml': job('', 'ls 2>&1 >/dev/null').replace('- |', '- >-') }
    expect(presetsFor(a).map((p) => p.id)).toEqual(['restart-policy', 'parallelism'])
    expect(presetsFor({ 'pod.yaml': 'kind: Pod\nspec:\n  containers: []\n' })).toEqual([])
  })
})
