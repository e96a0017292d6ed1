// `kubectl create -f FILE` and `kubectl create job NAME --image=IMG [-- COMMAND…]`
// (`create_job.go`: one container named after the Job, `command` = the words after `--`,
// restartPolicy Never; everything else is server defaulting).
import type { Job } from '../../sim/api/types'
import { fail, type Verb, err, out } from '../context'
import { list, str } from '../flags'
import { readManifest } from '../manifests'
import { createFromFile } from '../writes'
import { createCronJob, createJobFrom } from './createFromCronJob'

function createJob(ctx: Parameters<Verb['run']>[0], args: Parameters<Verb['run']>[1]): number {
  const names = args.positional.slice(1)
  const image = str(args.flags.image)
  const from = str(args.flags.from)
  if (names.length !== 1) return fail(ctx, `error: exactly one NAME is required, got ${names.length}`)
  if ((image && from) || (!image && !from)) return fail(ctx, 'error: either --image or --from must be specified')
  const name = names[0]!
  if (from) return createJobFrom(ctx, args, name, from)
  const job: Job = {
    apiVersion: 'batch/v1', kind: 'Job',
    metadata: { name, namespace: args.namespace, uid: '', resourceVersion: '', creationTimestamp: 0 },
    spec: {
      template: {
        metadata: {},
        spec: {
          containers: [{ name, image: image!, ...(args.afterDash && args.afterDash.length > 0 ? { command: args.afterDash } : {}) }],
          restartPolicy: 'Never',
        },
      },
    },
    status: {},
  }
  const dry = str(args.flags['dry-run'])
  if (dry === 'client') return (out(ctx, `job.batch/${name} created (dry run)`), 0)
  const r = ctx.cluster.api.create(job)
  if (!r.ok) return fail(ctx, r.error.message)
  out(ctx, str(args.flags.output) === 'name' ? `job.batch/${name}` : `job.batch/${name} created`)
  return 0
}

export const create: Verb = {
  name: 'create',
  flags: [
    { name: 'filename', short: 'f', type: 'list' },
    { name: 'image', type: 'string' },
    { name: 'from', type: 'string' },
    { name: 'schedule', type: 'string' },
    { name: 'restart', type: 'string' },
    { name: 'dry-run', type: 'string' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'save-config', type: 'bool' },
  ],
  run(ctx, args) {
    if (args.positional[0] === 'job') return createJob(ctx, args)
    if (args.positional[0] === 'cronjob') return createCronJob(ctx, args)
    if (args.positional.length > 0) return fail(ctx, `error: unknown command "${args.positional[0]}" for "kubectl create"`)
    const files = list(args.flags.filename)
    if (files.length === 0) return fail(ctx, 'error: must specify one of -f and -k')
    let status = 0
    for (const file of files) {
      const loaded = readManifest(ctx, file)
      if (!loaded.ok) return fail(ctx, loaded.error)
      for (const obj of loaded.objects) {
        obj.metadata.namespace ??= args.namespace
        if (!createFromFile(ctx.cluster, obj, file, (t) => out(ctx, t), (t) => err(ctx, t))) status = 1
      }
    }
    return status
  },
}
