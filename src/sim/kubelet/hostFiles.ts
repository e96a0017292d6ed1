// Files the kubelet writes into every container: /etc/hosts (`managedHostsFileContent`),
// /etc/hostname and /etc/resolv.conf (ClusterFirst DNS), and the hostname it derives
// (`GeneratePodHostNameAndDomain`): spec.hostname if set, else the pod name, cut to 63.
import type { Pod } from '../api/types'

export const CLUSTER_DOMAIN = 'cluster.local'
export const DNS_SERVICE_IP = '10.96.0.10'

export function podHostname(pod: Pod): string {
  return (pod.spec.hostname || pod.metadata.name).slice(0, 63)
}

/** `<hostname>.<subdomain>.<ns>.svc.cluster.local` when a subdomain is set, else null. */
export function podFqdn(pod: Pod): string | null {
  if (!pod.spec.subdomain) return null
  return `${podHostname(pod)}.${pod.spec.subdomain}.${pod.metadata.namespace ?? 'default'}.svc.${CLUSTER_DOMAIN}`
}

export function etcHosts(pod: Pod, ip: string): string {
  const host = podHostname(pod)
  const fqdn = podFqdn(pod)
  return [
    '# Kubernetes-managed hosts file.',
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'fe00::0\tip6-mcastprefix',
    'fe00::1\tip6-allnodes',
    'fe00::2\tip6-allrouters',
    fqdn ? `${ip}\t${fqdn}\t${host}` : `${ip}\t${host}`,
    '',
  ].join('\n')
}

export function resolvConf(pod: Pod): string {
  const ns = pod.metadata.namespace ?? 'default'
  return `search ${ns}.svc.${CLUSTER_DOMAIN} svc.${CLUSTER_DOMAIN} ${CLUSTER_DOMAIN}\nnameserver ${DNS_SERVICE_IP}\noptions ndots:5\n`
}
