import { describe, expect, it } from 'vitest'
import { candidates, complete } from './completion'

const ctx = { pods: ['demo-abc', 'demo-abd', 'other'], jobs: ['demo'], files: ['demo-job.yaml'] }

describe('console completion', () => {
  it('completes kubectl, verbs, resources and names in turn', () => {
    expect(complete('kub', ctx).line).toBe('kubectl ')
    expect(complete('kubectl desc', ctx).line).toBe('kubectl describe ')
    expect(complete('kubectl get ev', ctx).line).toBe('kubectl get events ')
    expect(complete('kubectl get jo', ctx)).toEqual({ line: 'kubectl get job', options: ['job', 'jobs'] })
    expect(complete('kubectl logs o', ctx).line).toBe('kubectl logs other ')
    expect(complete('kubectl apply -f d', ctx).line).toBe('kubectl apply -f demo-job.yaml ')
  })
  it('completes chaos, its subcommands, a pod for kill and a node for node-down', () => {
    const c = { pods: ['work-abcde'], jobs: [], files: [], nodes: ['node-1', 'node-2'] }
    expect(candidates('ch', c)).toEqual(['chaos'])
    expect(candidates('chaos ', c)).toEqual(['kill', 'node-down', 'node-up'])
    expect(candidates('chaos kill w', c)).toEqual(['work-abcde'])
    expect(candidates('chaos kill work-abcde --', c)).toEqual(['--exit-code', '--oom'])
    expect(candidates('chaos node-down node-', c)).toEqual(['node-1', 'node-2'])
  })

  it('extends to the common prefix and lists the options when ambiguous', () => {
    expect(complete('kubectl describe pod demo', ctx)).toEqual({ line: 'kubectl describe pod demo-ab', options: ['demo-abc', 'demo-abd'] })
    expect(candidates('kubectl get pods -', ctx)).toContain('-w')
    expect(candidates('kubectl delete job/', ctx)).toContain('job/demo')
  })
})
