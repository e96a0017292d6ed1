// `kubectl get`: tables from the server's printers laid out by kubectl's tabwriter, `-o wide`,
// `-o name`, `-l`, `-A`, several kinds at once, and `-w` streaming one row per change as time
// passes (reference §1.2, §1.5).
import { parseSelector } from '../../sim/api/labels'
import { tableFor } from '../../sim/api/printers'
import type { KubeObject } from '../../sim/api/types'
import type { Proc } from '../../sim/shell/types'
import { fail, type KubectlContext, type Verb, err, out } from '../context'
import { bool, str } from '../flags'
import { parseGoDuration } from '../goDuration'
import { objectOutput } from '../printers/objectOutput'
import { printGet, WatchPrinter } from '../printers/getPrinter'
import { ALL, findResource, resourceOfKind, type ResourceInfo } from '../resources'
import { lookup, notFoundText, parseTargets } from '../targets'
import { nameOf } from '../writes'

interface Selection {
  resource: ResourceInfo
  objects: KubeObject[]
}

export const get: Verb = {
  name: 'get',
  flags: [
    { name: 'output', short: 'o', type: 'string' },
    { name: 'watch', short: 'w', type: 'bool' },
    { name: 'watch-only', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'show-labels', type: 'bool' },
    { name: 'no-headers', type: 'bool' },
    { name: 'ignore-not-found', type: 'bool' },
    { name: 'output-watch-events', type: 'bool' },
  ],
  run(ctx, args): number | Proc {
    if (args.positional.length === 0) {
      return fail(ctx, "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples")
    }
    const words = args.positional[0] === 'all' ? [ALL.map((k) => resourceOfKind(k).plural).join(','), ...args.positional.slice(1)] : args.positional
    const parsed = parseTargets(words)
    if (!parsed.ok) return fail(ctx, parsed.error)
    const allNs = bool(args.flags['all-namespaces'])
    const ns = allNs ? undefined : args.namespace
    const selText = str(args.flags.selector)
    const sel = selText ? parseSelector(selText) : null
    if (sel && !sel.ok) return fail(ctx, `error: ${sel.error}`)
    const keep = (o: KubeObject) => !sel || (sel.ok && sel.test(o.metadata.labels))
    const output = str(args.flags.output)
    const now = ctx.cluster.now

    let status = 0
    const selections: Selection[] = []
    if (parsed.targets.length > 0) {
      for (const t of parsed.targets) {
        const o = lookup(ctx.cluster, t, args.namespace)
        if (!o) {
          if (!bool(args.flags['ignore-not-found'])) {
            err(ctx, notFoundText(t))
            status = 1
          }
          continue
        }
        const last = selections.at(-1)
        if (last && last.resource === t.resource) last.objects.push(o)
        else selections.push({ resource: t.resource, objects: [o] })
      }
    } else {
      for (const r of parsed.resources) selections.push({ resource: r, objects: listOf(ctx, r, ns).filter(keep) })
    }

    const watching = bool(args.flags.watch) || bool(args.flags['watch-only'])
    if (watching) return watch(ctx, args, selections, parsed.resources[0] ?? findResource('pods')!, parsed.targets.map((t) => t.name), keep, ns)

    if (output === 'name') {
      for (const s of selections) for (const o of s.objects) out(ctx, nameOf(o))
      return status
    }
    if (output === 'yaml' || output === 'json') {
      const objects = selections.flatMap((s) => s.objects)
      const single = parsed.targets.length === 1 && objects.length === 1
      ctx.io.stdout(objectOutput(single ? objects[0]! : objects, output, ctx.cluster.epochMs))
      return status
    }
    if (output !== undefined && output !== 'wide') return fail(ctx, `error: unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`)
    const result = printGet(selections.filter((s) => s.objects.length > 0 || parsed.targets.length === 0).map((s) => ({
      kind: s.resource.qualified, namespaced: s.resource.namespaced, table: tableFor(s.resource.kind, s.objects, now),
    })), { namespace: args.namespace, allNamespaces: allNs, wide: output === 'wide', noHeaders: bool(args.flags['no-headers']), showLabels: bool(args.flags['show-labels']), ignoreNotFound: parsed.targets.length > 0 })
    ctx.io.stdout(result.stdout)
    if (result.stderr && status === 0) ctx.io.stderr(result.stderr)
    return status
  },
}

/** Objects of a resource; Events live in the cluster's event recorder rather than the object store. */
function listOf(ctx: KubectlContext, r: ResourceInfo, ns: string | undefined): KubeObject[] {
  if (r.kind === 'Event') return ctx.cluster.events.all().filter((e) => ns === undefined || e.metadata.namespace === ns)
  return ctx.cluster.api.list(r.kind, r.namespaced ? ns : undefined)
}

function watch(ctx: KubectlContext, args: Parameters<Verb['run']>[1], selections: Selection[], resource: ResourceInfo, names: string[], keep: (o: KubeObject) => boolean, ns: string | undefined): Proc {
  const printer = new WatchPrinter({ allNamespaces: ns === undefined, wide: str(args.flags.output) === 'wide', noHeaders: bool(args.flags['no-headers']), showLabels: bool(args.flags['show-labels']), outputWatchEvents: bool(args.flags['output-watch-events']), namedObject: names.length === 1 })
  const api = ctx.cluster.api
  const timeout = parseGoDuration(str(args.flags['request-timeout']) ?? '0') ?? 0
  return (function* run(): Proc {
    if (!bool(args.flags['watch-only'])) {
      const objects = selections.flatMap((s) => s.objects)
      if (objects.length > 0) ctx.io.stdout(printer.list(tableFor(resource.kind, objects, ctx.cluster.now)))
    }
    const stop = api.watch((type, obj) => {
      if (obj.kind !== resource.kind) return
      if (ns !== undefined && resource.namespaced && (obj.metadata.namespace ?? 'default') !== ns) return
      if (names.length > 0 && !names.includes(obj.metadata.name)) return
      if (!keep(obj)) return
      ctx.io.stdout(printer.event(type, tableFor(resource.kind, [obj], ctx.cluster.now)))
    })
    try {
      yield { until: () => false, timeout: timeout > 0 ? timeout : Number.POSITIVE_INFINITY }
    } finally {
      stop()
    }
    return 0
  })()
}
