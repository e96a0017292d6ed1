// What a pod worker needs from its node's kubelet.
import type { Service } from '../api/types'
import type { ControllerContext } from '../controllers/context'
import type { MemDir } from '../fs/memDir'
import type { DnsView } from '../shell/types'
import type { ImagePuller } from './imagePuller'

export interface NodeAgent {
  readonly ctx: ControllerContext
  readonly nodeName: string
  readonly hostIP: string
  readonly puller: ImagePuller
  /** The node's own file system: hostPath volumes live here. */
  readonly hostFs: MemDir
  /** Wall-clock epoch ms at simulated t = 0. */
  readonly epochMs: number
  allocateIP(): string
  /** When the next PLEG relist will notice a container change made now. */
  nextRelist(): number
  dnsFor(podNamespace: string): DnsView
  services(namespace: string): Service[]
  random(): number
}
