import { describe, expect, it } from 'vitest'
import { deletedLine, kindGroup, nameOf, operationLine } from './names'

// Expected text: the seed (`job.batch/demo-job-write created`, `pod/observer created`,
// `service/demo-job-comm-svc created`, `job.batch/demo-job-suspend patched`,
// `job.batch "demo-job-write" deleted from default namespace`) and reference §6–§8.
const jobRef = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'demo-job-write', namespace: 'default' } }
const podRef = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'observer', namespace: 'default' } }
const svcRef = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'demo-job-comm-svc', namespace: 'default' } }

describe('NamePrinter lines', () => {
  it('names objects as kind.group/name, core kinds without a group', () => {
    expect(kindGroup('batch/v1', 'CronJob')).toBe('cronjob.batch')
    expect(nameOf(jobRef)).toBe('job.batch/demo-job-write')
    expect(nameOf(podRef)).toBe('pod/observer')
  })

  it('prints the operations', () => {
    expect(operationLine(jobRef, 'created')).toBe('job.batch/demo-job-write created\n')
    expect(operationLine(podRef, 'created')).toBe('pod/observer created\n')
    expect(operationLine(svcRef, 'created')).toBe('service/demo-job-comm-svc created\n')
    expect(operationLine({ ...jobRef, metadata: { name: 'demo-job-suspend' } }, 'patched')).toBe('job.batch/demo-job-suspend patched\n')
    expect(operationLine(jobRef, 'patched (no change)')).toBe('job.batch/demo-job-write patched (no change)\n')
    expect(operationLine(jobRef, 'unchanged')).toBe('job.batch/demo-job-write unchanged\n')
    expect(operationLine(jobRef, 'configured')).toBe('job.batch/demo-job-write configured\n')
    expect(operationLine({ ...jobRef, metadata: { name: 'hello' } }, 'condition met')).toBe('job.batch/hello condition met\n')
    expect(operationLine({ ...jobRef, metadata: { name: 'hello' } }, 'created', 'client')).toBe('job.batch/hello created (dry run)\n')
    expect(operationLine({ ...jobRef, metadata: { name: 'hello' } }, 'created', 'server')).toBe('job.batch/hello created (server dry run)\n')
  })

  it('prints 1.34 delete lines with the namespace', () => {
    expect(deletedLine(jobRef)).toBe('job.batch "demo-job-write" deleted from default namespace\n')
    expect(deletedLine({ ...podRef, metadata: { name: 'x', namespace: 'default' } }, { force: true })).toBe('pod "x" force deleted from default namespace\n')
    expect(deletedLine(podRef, { outputName: true })).toBe('pod/observer\n')
  })
})
