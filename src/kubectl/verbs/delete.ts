// `kubectl delete`: prints `<kind> "<name>" deleted from <ns> namespace` (1.34) as soon as the API
// accepts the delete, then — with `--wait`, the default — blocks until the object is gone.
// Jobs are deleted with `--cascade=background` unless told otherwise.
import type { Propagation } from '../../sim/api/apiServer'
import type { KubeObject } from '../../sim/api/types'
import type { Proc } from '../../sim/shell/types'
import { fail, type Verb, err, out } from '../context'
import { bool, list, str } from '../flags'
import { parseSelector } from '../../sim/api/labels'
import { readManifest } from '../manifests'
import { lookup, notFoundText, parseTargets } from '../targets'
import { resourceOfKind } from '../resources'

const CASCADE: Record<string, Propagation> = { background: 'Background', foreground: 'Foreground', orphan: 'Orphan', true: 'Background', false: 'Orphan' }

export const del: Verb = {
  name: 'delete',
  flags: [
    { name: 'filename', short: 'f', type: 'list' },
    { name: 'cascade', type: 'string', default: 'background' },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'force', type: 'bool' },
    { name: 'now', type: 'bool' },
    { name: 'wait', type: 'bool', default: true },
    { name: 'all', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'ignore-not-found', type: 'bool' },
    { name: 'timeout', type: 'string' },
  ],
  run(ctx, args): number | Proc {
    const cascade = CASCADE[str(args.flags.cascade) ?? 'background']
    if (!cascade) return fail(ctx, `error: invalid cascade value (${str(args.flags.cascade)}). Must be "background", "foreground", or "orphan".`)
    const force = bool(args.flags.force)
    let grace = typeof args.flags['grace-period'] === 'number' ? args.flags['grace-period'] : -1
    if (bool(args.flags.now)) grace = 1
    if (force && grace < 0) grace = 0
    if (force && grace === 0) err(ctx, 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.')

    const objects: KubeObject[] = []
    let status = 0
    const files = list(args.flags.filename)
    if (files.length > 0) {
      for (const f of files) {
        const loaded = readManifest(ctx, f)
        if (!loaded.ok) return fail(ctx, loaded.error)
        for (const o of loaded.objects) {
          const found = ctx.cluster.api.get(o.kind, o.metadata.name, o.metadata.namespace ?? args.namespace)
          if (found) objects.push(found)
          else {
            err(ctx, `Error from server (NotFound): error when deleting "${f}": ${notFoundText({ resource: resourceOfKind(o.kind), name: o.metadata.name }).replace('Error from server (NotFound): ', '')}`)
            status = 1
          }
        }
      }
    } else {
      const parsed = parseTargets(args.positional)
      if (!parsed.ok) return fail(ctx, parsed.error)
      if (parsed.resources.length === 0) return fail(ctx, `error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`)
      const selector = str(args.flags.selector)
      if (parsed.targets.length === 0) {
        if (!bool(args.flags.all) && !selector) return fail(ctx, 'error: resource(s) were provided, but no name was specified')
        const sel = selector ? parseSelector(selector) : null
        if (sel && !sel.ok) return fail(ctx, `error: ${sel.error}`)
        for (const r of parsed.resources) {
          for (const o of ctx.cluster.api.list(r.kind, r.namespaced ? args.namespace : undefined)) {
            if (!sel || (sel.ok && sel.test(o.metadata.labels))) objects.push(o)
          }
        }
        if (objects.length === 0) return (err(ctx, 'No resources found'), 0)
      }
      for (const t of parsed.targets) {
        const o = lookup(ctx.cluster, t, args.namespace)
        if (o) objects.push(o)
        else if (!bool(args.flags['ignore-not-found'])) {
          err(ctx, notFoundText(t))
          status = 1
        }
      }
    }

    for (const o of objects) {
      const r = ctx.cluster.api.delete(o.kind, o.metadata.name, o.metadata.namespace, {
        ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}),
        ...(o.kind === 'Pod' ? {} : { propagationPolicy: cascade }),
      })
      if (!r.ok) {
        err(ctx, r.error.message)
        status = 1
        continue
      }
      const info = resourceOfKind(o.kind)
      const where = info.namespaced ? ` from ${o.metadata.namespace ?? 'default'} namespace` : ''
      out(ctx, `${info.qualified} "${o.metadata.name}" ${force && grace === 0 ? 'force deleted' : 'deleted'}${where}`)
    }
    if (!bool(args.flags.wait) || objects.length === 0) return status
    const api = ctx.cluster.api
    return (function* wait(): Proc {
      yield { until: () => objects.every((o) => !api.exists(o)), timeout: Number.POSITIVE_INFINITY }
      return status
    })()
  },
}
