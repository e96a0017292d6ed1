// `kubectl logs -l`: every pod the selector matches, 10 lines each unless --tail is given
// (`kubectl logs -h`: "Defaults to -1 with no selector, showing all log lines otherwise 10, if a
// selector is provided"), `[pod/P/C] ` prefixes with --prefix (reference §5), and the follow limit.
import { describe, expect, it } from 'vitest'
import { job, terminal } from '../testing/terminal'

const counting = `      - name: c\n        image: busybox:1.36\n        command: ["sh", "-c", "seq 1 12; sleep 3"]\n`

describe('kubectl logs -l', () => {
  it('prints the last 10 lines of every matching pod, or all of them with --tail=-1', () => {
    const t = terminal({ 'j.yaml': job('many', '  completions: 2\n  parallelism: 2\n', counting) })
    t.kubectl('kubectl apply -f j.yaml')
    const ten = t.kubectl('kubectl logs -l job-name=many', 30_000)
    const all = t.kubectl('kubectl logs -l job-name=many --tail=-1', 30_000)
    const prefixed = t.kubectl('kubectl logs -l job-name=many --prefix --tail=1', 30_000)
    t.runUntil(31_000)
    const lastTen = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12].join('\n')
    expect(ten).toMatchObject({ output: `${lastTen}\n${lastTen}\n`, exitCode: 0 })
    const twelve = Array.from({ length: 12 }, (_, i) => i + 1).join('\n')
    expect(all.output).toBe(`${twelve}\n${twelve}\n`)
    expect(prefixed.output).toMatch(/^\[pod\/many-\w{5}\/c\] 12\n\[pod\/many-\w{5}\/c\] 12\n$/)
  })

  it('says so on stderr when nothing matches, and exits 0', () => {
    const t = terminal()
    const r = t.kubectl('kubectl logs -l job-name=none')
    t.runUntil(1000)
    expect(r).toMatchObject({ output: 'No resources found in default namespace.\n', exitCode: 0 })
  })

  it('refuses to follow more than --max-log-requests streams', () => {
    const t = terminal({ 'j.yaml': job('six', '  completions: 6\n  parallelism: 6\n') })
    t.kubectl('kubectl apply -f j.yaml')
    const r = t.kubectl('kubectl logs -f -l job-name=six', 1000)
    t.runUntil(2000)
    expect(r).toMatchObject({
      output: 'error: you are attempting to follow 6 log streams, but maximum allowed concurrency is 5, use --max-log-requests to increase the limit\n',
      exitCode: 1,
    })
  })
})
