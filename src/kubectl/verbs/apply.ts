// `kubectl apply -f FILE`: create what is missing, merge what exists (`configured` /
// `unchanged`). Errors are printed per object and make the command exit 1.
import type { KubeObject } from '../../sim/api/types'
import { fail, type Verb, err, out } from '../context'
import { list } from '../flags'
import { readManifest } from '../manifests'
import { clone } from '../merge'
import { createFromFile, LAST_APPLIED, lastAppliedOf, nameOf, updateWithPatch } from '../writes'

export const apply: Verb = {
  name: 'apply',
  flags: [
    { name: 'filename', short: 'f', type: 'list' },
    { name: 'recursive', short: 'R', type: 'bool' },
    { name: 'validate', type: 'string' },
    { name: 'server-side', type: 'bool' },
    { name: 'dry-run', type: 'string' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run(ctx, args) {
    const files = list(args.flags.filename)
    if (files.length === 0) return fail(ctx, 'error: must specify one of -f and -k')
    let status = 0
    for (const file of files) {
      const loaded = readManifest(ctx, file)
      if (!loaded.ok) return fail(ctx, loaded.error)
      for (const manifest of loaded.objects) {
        const obj = clone(manifest) as KubeObject
        obj.metadata.namespace ??= args.namespace
        const annotations = { ...(obj.metadata.annotations ?? {}), [LAST_APPLIED]: lastAppliedOf(manifest) }
        const current = ctx.cluster.api.get(obj.kind, obj.metadata.name, obj.metadata.namespace)
        if (!current) {
          obj.metadata.annotations = annotations
          if (!createFromFile(ctx.cluster, obj, file, (t) => out(ctx, t), (t) => err(ctx, t))) status = 1
          continue
        }
        // Only what the learner wrote: server-owned metadata and status are not theirs to merge.
        const { name, namespace, labels } = manifest.metadata
        const { status: _status, ...body } = manifest as KubeObject & { status?: unknown }
        const patch = { ...body, metadata: { name, ...(namespace ? { namespace } : {}), ...(labels ? { labels } : {}), annotations } }
        const u = updateWithPatch(ctx.cluster, current, patch, true)
        if (!u.ok) {
          err(ctx, u.error)
          status = 1
        } else out(ctx, `${nameOf(u.object)} ${u.changed ? 'configured' : 'unchanged'}`)
      }
    }
    return status
  },
}
