import { describe, expect, it } from 'vitest'
import { run } from '../testing'

describe('small applets', () => {
  it('basename and dirname', () => {
    expect(run('basename /data/message.txt; basename /data/message.txt .txt; basename dir/').stdout).toBe('message.txt\nmessage\ndir\n')
    expect(run('dirname /data/message.txt; dirname message.txt; dirname /; dirname /a/').stdout).toBe('/data\n.\n/\n/\n')
  })

  it('true and false', () => {
    expect(run('true').status).toBe(0)
    expect(run('false').status).toBe(1)
  })

  it('whoami, id and uname', () => {
    expect(run('whoami; id').stdout).toBe('root\nuid=0(root) gid=0(root) groups=0(root),10(wheel)\n')
    expect(run('uname; uname -n; uname -m', { hostname: 'pod-1' }).stdout).toBe('Linux\npod-1\nx86_64\n')
  })

  it('bad options print usage and fail', () => {
    const r = run('ls -Z')
    expect(r.stderr.startsWith("ls: invalid option -- 'Z'\nBusyBox v1.36.1")).toBe(true)
    expect(r.status).toBe(1)
  })
})
