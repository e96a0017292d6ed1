// `kubectl wait --for=condition=X[=value] TYPE/NAME…` and `--for=delete`, with the default 30 s
// timeout and kubectl's messages (`job.batch/x condition met`,
// `error: timed out waiting for the condition on jobs/x`).
import type { KubeObject } from '../../sim/api/types'
import type { Proc } from '../../sim/shell/types'
import { fail, type Verb, err, out } from '../context'
import { parseGoDuration } from '../goDuration'
import { str } from '../flags'
import { lookup, notFoundText, parseTargets } from '../targets'
import { nameOf } from '../writes'

function conditionHolds(obj: KubeObject, type: string, value: string): boolean {
  const conds = 'status' in obj && obj.status && typeof obj.status === 'object' && 'conditions' in obj.status ? (obj.status.conditions as { type: string; status: string }[] | undefined) : undefined
  return conds?.some((c) => c.type.toLowerCase() === type.toLowerCase() && c.status.toLowerCase() === value.toLowerCase()) ?? false
}

export const wait: Verb = {
  name: 'wait',
  flags: [
    { name: 'for', type: 'string' },
    { name: 'timeout', type: 'string', default: '30s' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all', type: 'bool' },
  ],
  run(ctx, args): number | Proc {
    const spec = str(args.flags.for)
    if (!spec) return fail(ctx, 'error: --for must be set')
    const parsed = parseTargets(args.positional)
    if (!parsed.ok) return fail(ctx, parsed.error)
    if (parsed.targets.length === 0) return fail(ctx, 'error: no matching resources found')
    const t = parseGoDuration(str(args.flags.timeout) ?? '30s')
    if (t === null) return fail(ctx, `error: invalid argument "${str(args.flags.timeout)}" for "--timeout" flag: time: invalid duration "${str(args.flags.timeout)}"`)
    const timeout = t < 0 ? 7 * 24 * 3_600_000 : t
    const objects: KubeObject[] = []
    for (const target of parsed.targets) {
      const o = lookup(ctx.cluster, target, args.namespace)
      if (!o) return fail(ctx, notFoundText(target))
      objects.push(o)
    }
    const api = ctx.cluster.api
    let test: (o: KubeObject) => boolean
    if (spec === 'delete') test = (o) => !api.exists(o)
    else {
      const m = /^condition=([^=]+)(?:=(.*))?$/.exec(spec)
      if (!m) return fail(ctx, `error: unrecognized condition: "${spec}"`)
      const [, type, value] = m
      test = (o) => api.exists(o) && conditionHolds(o, type!, value ?? 'True')
    }
    return (function* run(): Proc {
      let status = 0
      for (const o of objects) {
        const met = test(o) || (timeout > 0 && (yield { until: () => test(o), timeout }))
        if (met) out(ctx, `${nameOf(o)} condition met`)
        else {
          err(ctx, `error: timed out waiting for the condition on ${parsed.targets[0]!.resource.plural}/${o.metadata.name}`)
          status = 1
        }
      }
      return status
    })()
  },
}
