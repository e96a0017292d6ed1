import { describe, expect, it } from 'vitest'
import { toGoYaml, yamlKeyLess } from './goYaml'
import { resolvesToNonString, scalarStyle } from './goYamlScalar'

// Expected text: go-yaml v2's documented behaviour as kubectl shows it in -o yaml: sequences
// unindented under their key, `"60"` quoted because it reads as a number, timestamps quoted,
// multi-line strings as `|` blocks, `{}` for empty maps (e.g. `resources: {}`), keys sorted.
describe('go-yaml v2 emitter', () => {
  it('lays out a pod spec the way kubectl -o yaml does', () => {
    const doc = {
      spec: {
        containers: [{ name: 'busybox', image: 'busybox', command: ['sleep', '60'], resources: {}, args: ['echo "$(date) hi";\necho done;\n'] }],
        restartPolicy: 'OnFailure',
      },
      metadata: { creationTimestamp: '2026-01-03T01:46:29Z', labels: { 'job-name': 'demo' }, name: 'demo' },
      apiVersion: 'batch/v1',
      kind: 'Job',
    }
    expect(toGoYaml(doc)).toBe(
      [
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata:',
        '  creationTimestamp: "2026-01-03T01:46:29Z"',
        '  labels:',
        '    job-name: demo',
        '  name: demo',
        'spec:',
        '  containers:',
        '  - args:',
        '    - |',
        '      echo "$(date) hi";',
        '      echo done;',
        '    command:',
        '    - sleep',
        '    - "60"',
        '    image: busybox',
        '    name: busybox',
        '    resources: {}',
        '  restartPolicy: OnFailure',
        '',
      ].join('\n'),
    )
  })

  it('quotes what would read back as another type, and special text', () => {
    expect(['60', 'true', 'yes', 'null', '', '1:20', '0x1f', '2026-01-03', '1e3'].map(resolvesToNonString)).toEqual(Array(9).fill(true))
    expect(['busybox', 'v1', '1.36a', 'metadata.annotations'].map(resolvesToNonString)).toEqual([false, false, false, false])
    // go-yaml's timestamp layouts need a zone after a `T` time; a space-separated time has none
    expect(['2026-01-03T01:46:29Z', '2026-1-3t1:46:29+01:00', '2026-01-03 01:46:29', '2026-01-03T01:46:29'].map(resolvesToNonString)).toEqual([true, true, true, false])
    expect(toGoYaml({ a: '*x', b: 'a: b', c: ' lead', d: "it's", e: 'tab\there', f: null, g: 3, h: false })).toBe(
      ['a: \'*x\'', "b: 'a: b'", "c: ' lead'", 'd: it\'s', 'e: "tab\\there"', 'f: null', 'g: 3', 'h: false', ''].join('\n'),
    )
  })

  it('uses |- without a final newline and double quotes when a line ends in a space', () => {
    expect(scalarStyle('a\nb', false)).toBe('literal')
    expect(toGoYaml({ k: 'a\nb' })).toBe('k: |-\n  a\n  b\n')
    // the seed's init lab has `sleep 10; ` followed by a newline: block style is not allowed
    expect(toGoYaml({ k: 'sleep 10; \necho\n' })).toBe('k: "sleep 10; \\necho\\n"\n')
  })

  it('folds long plain text at the first space past column 80', () => {
    const msg = 'Successfully assigned default/demo-job-completion-lg-parallelism-cc7fr to kind-control-plane now'
    expect(toGoYaml({ message: msg })).toBe(
      // column 82 at the space before `kind-…`: the first space past 80 breaks the line
      'message: Successfully assigned default/demo-job-completion-lg-parallelism-cc7fr to\n  kind-control-plane now\n',
    )
  })

  it('sorts keys as go-yaml does: non-letters first, digit runs by value', () => {
    const keys = ['b', 'a10', 'a2', 'a_', 'A']
    expect([...keys].sort((x, y) => (yamlKeyLess(x, y) ? -1 : yamlKeyLess(y, x) ? 1 : 0))).toEqual(['A', 'a_', 'a2', 'a10', 'b'])
    // `y` is a YAML 1.1 boolean, so go-yaml v2 quotes it even as a key
    expect(toGoYaml({ items: [], metadata: {}, list: [[1, 2], { x: 1, y: 2 }] })).toBe('items: []\nlist:\n- - 1\n  - 2\n- x: 1\n  "y": 2\nmetadata: {}\n')
  })
})
