// `kubectl create job NAME --from=cronjob/CJ` (`createJobFromCronJob`, reference §6): the Job is
// the CronJob's job template as it is, labelled like it, annotated
// `cronjob.kubernetes.io/instantiate: manual`, with a controller ownerReference to the CronJob
// (no blockOwnerDeletion, unlike the controller's own Jobs); and `kubectl create cronjob NAME
// --image=IMG --schedule=S [--restart=R] [-- CMD…]` (`create_cronjob.go`, restart OnFailure).
import { clone } from '../../sim/api/defaults'
import type { CronJob, Job } from '../../sim/api/types'
import { fail, type Verb, out } from '../context'
import { str } from '../flags'
import { findResource, groupResource } from '../resources'

type Ctx = Parameters<Verb['run']>[0]
type Args = Parameters<Verb['run']>[1]

export function jobFromCronJobManually(name: string, cj: CronJob): Job {
  const tpl = cj.spec.jobTemplate
  return {
    apiVersion: 'batch/v1', kind: 'Job',
    metadata: {
      name, namespace: cj.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: 0,
      annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', ...(tpl.metadata?.annotations ?? {}) },
      ...(tpl.metadata?.labels ? { labels: { ...tpl.metadata.labels } } : {}),
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true }],
    },
    spec: clone(tpl.spec),
    status: {},
  }
}

/** `--from=TYPE/NAME`: only an existing CronJob will do. */
export function createJobFrom(ctx: Ctx, args: Args, name: string, from: string): number {
  if (args.afterDash && args.afterDash.length > 0) return fail(ctx, 'error: cannot specify --from and command')
  const [type, cjName] = from.split('/', 2) as [string, string | undefined]
  const r = findResource(type)
  if (!r || !cjName) return fail(ctx, r ? 'error: arguments in resource/name form must have a single resource and name' : `error: the server doesn't have a resource type "${type}"`)
  const obj = ctx.cluster.api.get(r.kind, cjName, args.namespace)
  if (!obj) return fail(ctx, `Error from server (NotFound): ${groupResource(r)} "${cjName}" not found`)
  if (obj.kind !== 'CronJob') return fail(ctx, `error: unknown object type *v1.${obj.kind}`)
  const job = jobFromCronJobManually(name, obj)
  if (str(args.flags['dry-run']) === 'client') return (out(ctx, `job.batch/${name} created (dry run)`), 0)
  const created = ctx.cluster.api.create(job)
  if (!created.ok) return fail(ctx, created.error.message)
  out(ctx, str(args.flags.output) === 'name' ? `job.batch/${name}` : `job.batch/${name} created`)
  return 0
}

export function createCronJob(ctx: Ctx, args: Args): number {
  const names = args.positional.slice(1)
  const image = str(args.flags.image)
  const schedule = str(args.flags.schedule)
  const missing = [image === undefined ? '"image"' : '', schedule === undefined ? '"schedule"' : ''].filter(Boolean)
  if (missing.length) return fail(ctx, `error: required flag(s) ${missing.join(', ')} not set`)
  if (names.length !== 1) return fail(ctx, `error: exactly one NAME is required, got ${names.length}`)
  const name = names[0]!
  const restart = str(args.flags.restart) ?? 'OnFailure'
  const cj: CronJob = {
    apiVersion: 'batch/v1', kind: 'CronJob',
    metadata: { name, namespace: args.namespace, uid: '', resourceVersion: '', creationTimestamp: 0 },
    spec: {
      schedule: schedule!,
      jobTemplate: {
        metadata: { name },
        spec: { template: { metadata: {}, spec: { containers: [{ name, image: image!, ...(args.afterDash && args.afterDash.length > 0 ? { command: args.afterDash } : {}) }], restartPolicy: restart as 'OnFailure' } } },
      },
    },
    status: {},
  }
  if (str(args.flags['dry-run']) === 'client') return (out(ctx, `cronjob.batch/${name} created (dry run)`), 0)
  const r = ctx.cluster.api.create(cj)
  if (!r.ok) return fail(ctx, r.error.message)
  out(ctx, str(args.flags.output) === 'name' ? `cronjob.batch/${name}` : `cronjob.batch/${name} created`)
  return 0
}
