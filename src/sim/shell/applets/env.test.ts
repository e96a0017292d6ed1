import { describe, expect, it } from 'vitest'
import { run } from '../testing'

describe('env and printenv', () => {
  it('prints the exported environment, including PWD and SHLVL that sh adds', () => {
    const r = run('env', { env: { PATH: '/bin', JOB_COMPLETION_INDEX: '3' } })
    expect(r.stdout).toBe('PATH=/bin\nJOB_COMPLETION_INDEX=3\nPWD=/\nSHLVL=1\n')
  })

  it('runs a command with a changed environment', () => {
    expect(run('env A=1 sh -c \'echo $A\'').stdout).toBe('1\n')
    expect(run('export B=2; env -u B sh -c \'echo "[$B]"\'').stdout).toBe('[]\n')
    // The inner env is exec'd directly, not through a shell, so nothing adds PWD or SHLVL.
    expect(run('env -i X=1 env', { env: { PATH: '/bin' } }).stdout).toBe('X=1\n')
    expect(run('env nope; echo $?').stdout).toBe('127\n')
  })

  it('printenv prints values', () => {
    expect(run('printenv HOME; printenv NOPE; echo $?', { env: { HOME: '/root' } }).stdout).toBe('/root\n1\n')
  })
})
