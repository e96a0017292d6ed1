// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]` → `job.batch/x patched`.
import { fail, type Verb, out } from '../context'
import { str } from '../flags'
import { lookup, notFoundText, parseTargets } from '../targets'
import { nameOf, updateWithPatch } from '../writes'

export const patch: Verb = {
  name: 'patch',
  flags: [
    { name: 'patch', short: 'p', type: 'string' },
    { name: 'type', type: 'string', default: 'strategic' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run(ctx, args) {
    const parsed = parseTargets(args.positional)
    if (!parsed.ok) return fail(ctx, parsed.error)
    const target = parsed.targets[0]
    if (!target || parsed.targets.length !== 1) return fail(ctx, `error: resource(s) were provided, but no name was specified`)
    const text = str(args.flags.patch)
    if (text === undefined) return fail(ctx, 'error: must specify -p to patch')
    const type = str(args.flags.type) ?? 'strategic'
    if (!['strategic', 'merge', 'json'].includes(type)) return fail(ctx, `error: --type must be one of [json merge strategic], not "${type}"`)
    if (type === 'json') return fail(ctx, 'error: JSON patches (--type json) are not supported by this playground yet; use a merge patch')
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return fail(ctx, `error: unable to parse "${text}": yaml: did not find expected node content`)
    }
    const current = lookup(ctx.cluster, target, args.namespace)
    if (!current) return fail(ctx, notFoundText(target))
    const r = updateWithPatch(ctx.cluster, current, body, type === 'strategic')
    if (!r.ok) return fail(ctx, r.error)
    out(ctx, `${nameOf(r.object)} patched${r.changed ? '' : ' (no change)'}`)
    return 0
  },
}
