// Cluster DNS (CoreDNS over EndpointSlices) and pod-to-pod reachability, computed from the API
// objects at the moment of the query (reference/kubectl-and-kubelet.md §11):
// - `<svc>.<ns>.svc.cluster.local` → the ClusterIP, or for a headless Service the IPs of its ready pods;
// - `<hostname>.<svc>.<ns>.svc.cluster.local` → a pod whose spec.hostname/subdomain match and that is
//   ready (or the Service publishes not-ready addresses) and not finished;
// - records appear a moment after the pod turns Ready (EndpointSlice + CoreDNS propagation).
import type { ApiServer } from '../api/apiServer'
import { matchesMap } from '../api/labels'
import type { Pod, Service } from '../api/types'
import type { Kernel } from '../kernel/kernel'
import type { DnsView } from '../shell/types'

const SUFFIX = '.svc.cluster.local'

export class ClusterDns {
  constructor(
    private readonly api: ApiServer,
    private readonly kernel: Kernel,
    private readonly propagationMs: number,
  ) {}

  private endpointReady(pod: Pod, svc: Service): boolean {
    if (!pod.status.podIP || pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') return false
    if (svc.spec.publishNotReadyAddresses) return true
    if (pod.metadata.deletionTimestamp !== undefined) return false
    const ready = pod.status.conditions?.find((c) => c.type === 'Ready' && c.status === 'True')
    return ready !== undefined && this.kernel.now - ready.lastTransitionTime >= this.propagationMs
  }

  private endpoints(svc: Service): Pod[] {
    const ns = svc.metadata.namespace ?? 'default'
    return this.api.list('Pod', ns).filter((p) => matchesMap(p.metadata.labels, svc.spec.selector) && this.endpointReady(p, svc))
  }

  lookup(fqdn: string): string[] | null {
    const name = fqdn.replace(/\.$/, '').toLowerCase()
    const pod = /^(\d+)-(\d+)-(\d+)-(\d+)\.[a-z0-9-]+\.pod\.cluster\.local$/.exec(name)
    if (pod) return [`${pod[1]}.${pod[2]}.${pod[3]}.${pod[4]}`]
    if (!name.endsWith(SUFFIX)) return null
    const parts = name.slice(0, -SUFFIX.length).split('.')
    if (parts.length === 2) {
      const [svcName, ns] = parts as [string, string]
      const svc = this.api.get('Service', svcName, ns)
      if (!svc) return null
      if (svc.spec.clusterIP && svc.spec.clusterIP !== 'None') return [svc.spec.clusterIP]
      const ips = this.endpoints(svc).map((p) => p.status.podIP!)
      return ips.length > 0 ? ips : null
    }
    if (parts.length === 3) {
      const [host, svcName, ns] = parts as [string, string, string]
      const svc = this.api.get('Service', svcName, ns)
      if (!svc) return null
      const hit = this.endpoints(svc).find((p) => p.spec.hostname === host && p.spec.subdomain === svcName)
      return hit ? [hit.status.podIP!] : null
    }
    return null
  }

  /** The pod (or node) at an IP; Service cluster IPs do not answer ICMP under kube-proxy. */
  ping(ip: string, fromNode: string): { reachable: boolean; ttl: number } {
    // A host-network pod (kube-system's) shares its node's IP: that address answers as the node.
    const target = this.api.list('Pod').find((p) => p.status.podIP === ip && !p.spec.hostNetwork && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed')
    if (target) return { reachable: true, ttl: target.spec.nodeName === fromNode ? 64 : 63 }
    const node = this.api.list('Node').find((n) => n.status.addresses.some((a) => a.address === ip))
    if (node) return { reachable: true, ttl: 64 }
    return { reachable: false, ttl: 64 }
  }

  /** One view per node, shared by every container on it (a view holds nothing but the node). */
  private readonly views = new Map<string, DnsView>()

  viewFrom(fromNode: string): DnsView {
    let v = this.views.get(fromNode)
    if (!v) this.views.set(fromNode, (v = { lookup: (fqdn) => this.lookup(fqdn), ping: (ip) => this.ping(ip, fromNode) }))
    return v
  }
}
