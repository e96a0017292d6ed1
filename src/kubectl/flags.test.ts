import { describe, expect, it } from 'vitest'
import { type FlagSpec, parseFlags } from './flags'

const specs: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'filename', short: 'f', type: 'list' },
  { name: 'tail', type: 'int', default: -1 },
]

describe('parseFlags', () => {
  it('reads long, short, grouped and = forms', () => {
    const r = parseFlags('get', ['pods', '-o', 'wide', '-w', '--tail=5', '-nkube-system', 'x'], specs)
    expect(r).toEqual({ ok: true, flags: { output: 'wide', watch: true, tail: 5, namespace: 'kube-system' }, positional: ['pods', 'x'], afterDash: null })
    const e = parseFlags('exec', ['-it', 'pod', '--', 'sh', '-c', 'echo hi'], specs)
    expect(e).toEqual({ ok: true, flags: { stdin: true, tty: true, tail: -1 }, positional: ['pod'], afterDash: ['sh', '-c', 'echo hi'] })
    const f = parseFlags('apply', ['-f', 'a.yaml', '-f=b.yaml', '-oyaml'], specs)
    expect(f).toMatchObject({ ok: true, flags: { filename: ['a.yaml', 'b.yaml'], output: 'yaml' } })
  })

  it("answers unknown flags with kubectl's text", () => {
    expect(parseFlags('get', ['--colour'], specs)).toEqual({ ok: false, error: "error: unknown flag: --colour\nSee 'kubectl get --help' for usage." })
    expect(parseFlags('get', ['-z'], specs)).toEqual({ ok: false, error: "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage." })
    expect(parseFlags('get', ['-o'], specs)).toEqual({ ok: false, error: "error: flag needs an argument: -o, --output\nSee 'kubectl get --help' for usage." })
  })
})
