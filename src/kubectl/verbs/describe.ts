// `kubectl describe TYPE [NAME_PREFIX]` or `TYPE/NAME`: exact name first, else every object
// whose name starts with the word (as kubectl does); several objects are separated by a blank line.
import type { KubeObject } from '../../sim/api/types'
import { describeCronJob, describeDaemonSet, describeJob, describeNode, describePod, describePvc, describeService, podsUsingClaim } from '../printers/describe'
import { fail, type KubectlContext, type Verb } from '../context'
import { parseTargets } from '../targets'
import { groupResource } from '../resources'
import { matchesMap } from '../../sim/api/labels'
import { byString } from '../../sim/api/printers'

function describeOne(ctx: KubectlContext, o: KubeObject): string | null {
  const c = ctx.cluster
  const events = c.events.eventsFor(o.metadata.uid)
  switch (o.kind) {
    case 'Job': return describeJob(o, events, c.epochMs, c.now)
    case 'CronJob': return describeCronJob(o, events, c.epochMs, c.now)
    case 'Pod': return describePod(o, events, o.spec.nodeName ? c.api.get('Node', o.spec.nodeName) : undefined, c.epochMs, c.now)
    case 'Service': {
      const ips = c.api.list('Pod', o.metadata.namespace).filter((p) => matchesMap(p.metadata.labels, o.spec.selector) && p.status.podIP && p.status.phase === 'Running').map((p) => p.status.podIP!)
      return describeService(o, ips, events, c.now)
    }
    case 'DaemonSet': return describeDaemonSet(o, c.api.list('Pod', o.metadata.namespace), events, c.epochMs, c.now)
    case 'PersistentVolumeClaim': return describePvc(o, podsUsingClaim(c.api.list('Pod', o.metadata.namespace), o), events, c.now)
    case 'Node': {
      // Pods of every namespace bound to the node; the kubelet's Lease is renewed every 10 s, or stopped when the node is down.
      const pods = c.api.list('Pod').filter((p) => p.spec.nodeName === o.metadata.name).sort((a, b) => byString(a.metadata.namespace ?? '', b.metadata.namespace ?? '') || byString(a.metadata.name, b.metadata.name))
      const kubelet = c.kubeletOf(o.metadata.name)
      const renewTime = c.leases.lastRenewal(o.metadata.name) ?? kubelet?.lastRenewal(c.now)
      return describeNode(o, pods, renewTime === undefined ? undefined : { holderIdentity: o.metadata.name, renewTime }, events, c.epochMs, c.now)
    }
    default: return null
  }
}

export const describe: Verb = {
  name: 'describe',
  flags: [{ name: 'selector', short: 'l', type: 'string' }, { name: 'all-namespaces', short: 'A', type: 'bool' }, { name: 'show-events', type: 'bool', default: true }],
  run(ctx, args) {
    if (args.positional.length === 0) return fail(ctx, "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.")
    const parsed = parseTargets(args.positional)
    if (!parsed.ok) return fail(ctx, parsed.error)
    const objects: KubeObject[] = []
    let status = 0
    if (parsed.targets.length === 0) {
      for (const r of parsed.resources) objects.push(...ctx.cluster.api.list(r.kind, r.namespaced ? args.namespace : undefined))
      if (objects.length === 0) return fail(ctx, `No resources found in ${args.namespace} namespace.`)
    }
    for (const t of parsed.targets) {
      const all = ctx.cluster.api.list(t.resource.kind, t.resource.namespaced ? args.namespace : undefined)
      const exact = all.find((o) => o.metadata.name === t.name)
      const found = exact ? [exact] : all.filter((o) => o.metadata.name.startsWith(t.name))
      if (found.length === 0) {
        ctx.io.stderr(`Error from server (NotFound): ${groupResource(t.resource)} "${t.name}" not found\n`)
        status = 1
      }
      objects.push(...found)
    }
    let first = true
    for (const o of objects) {
      const text = describeOne(ctx, o)
      if (text === null) continue
      ctx.io.stdout(first ? text : `\n\n${text}`)
      first = false
    }
    return status
  },
}
