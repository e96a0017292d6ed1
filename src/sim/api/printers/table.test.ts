import { describe, expect, it } from 'vitest'
import { tableFor } from './table'
import { job, pod } from './testObjects'

// Expected: the seed's `kubectl get pod` listing of an Indexed job (names in byte order:
// `demo-job-indexed-0`, `-1`, `-10`, `-11`, `-2`, …) and reference §1.2/§2 column names.
describe('tableFor', () => {
  it('lists rows in storage (namespace, name) order', () => {
    const names = ['demo-job-indexed-2-dmdvx', 'demo-job-indexed-10-8qn7r', 'demo-job-indexed-0-p4564', 'demo-job-indexed-1-wzbbk']
    const t = tableFor('Pod', names.map((n) => pod(n)), 0)
    expect(t.rows.map((r) => r.cells[0])).toEqual(['demo-job-indexed-0-p4564', 'demo-job-indexed-1-wzbbk', 'demo-job-indexed-10-8qn7r', 'demo-job-indexed-2-dmdvx'])
  })

  it('has the pod and job columns, wide ones at priority 1', () => {
    const pods = tableFor('Pod', [], 0)
    expect(pods.columns.filter((c) => c.priority === 0).map((c) => c.name.toUpperCase())).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'])
    expect(pods.columns.filter((c) => c.priority === 1).map((c) => c.name.toUpperCase())).toEqual(['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'])
    const jobs = tableFor('Job', [job('hello')], 0)
    expect(jobs.columns.map((c) => c.name.toUpperCase())).toEqual(['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'])
    expect(jobs.rows[0]?.cells.slice(0, 5)).toEqual(['hello', 'Running', '0/1', '', '0s'])
  })
})
