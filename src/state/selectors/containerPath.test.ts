import { describe, expect, it } from 'vitest'
import { COMPLETION_JOB_YAML } from '../defaultScenario'
import { containerPath } from './containerPath'
import { hostMounts } from '../../scenario/hostMounts'

describe('containerPath', () => {
  it('maps the lab file to the path its containers write', () => {
    const mounts = hostMounts({ 'job.yaml': COMPLETION_JOB_YAML })
    expect(containerPath('/tmp/data/message.txt', mounts)).toBe('/data/message.txt')
    expect(containerPath('/elsewhere/x.txt', mounts)).toBeNull()
  })
  it('tolerates broken YAML', () => {
    expect(hostMounts({ 'bad.yaml': 'a: [' })).toEqual([])
  })
})
