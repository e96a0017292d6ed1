// What the inspector's "Kill container here…" and node buttons record: the `chaos` command lines
// of src/scenario/chaos (137 is `chaos kill`'s default exit code, `--oom` implies it).
import { describe, expect, it } from 'vitest'
import { DEFAULT_KILL, killCommand, nodeCommand, parseExitCode } from './chaosCommands'

describe('inspector chaos commands', () => {
  it('writes chaos kill with only what differs from the defaults', () => {
    expect(killCommand('work-abcde', DEFAULT_KILL)).toBe('chaos kill work-abcde')
    expect(killCommand('work-abcde', { container: ' main ', exitCode: 42, oom: false })).toBe('chaos kill work-abcde -c main --exit-code 42')
    expect(killCommand('work-abcde', { container: '', exitCode: 1, oom: true })).toBe('chaos kill work-abcde --oom')
  })

  it('writes node-down and node-up', () => {
    expect(nodeCommand('node-2', true)).toBe('chaos node-down node-2')
    expect(nodeCommand('node-2', false)).toBe('chaos node-up node-2')
  })

  it('accepts exit codes 0–255 only', () => {
    expect(['0', '137', ' 42 ', '255', '256', '-1', '4.2', '', 'x'].map(parseExitCode)).toEqual([0, 137, 42, 255, null, null, null, null, null])
  })
})
