// The hostPath mounts in the learner's own manifests (the volume and mount they wrote), so the
// observer can show a node file by the path the lesson talks about (state/selectors/
// containerPath.ts). Computed with the simulation, where the YAML parser already is, and sent
// with its result: the page's own thread never loads the parser.
import { parseAllDocuments } from 'yaml'

type Json = unknown

/** A local-path volume's directory: `/var/local-path-provisioner/pvc-<uid>_<namespace>_<claim>`. */
const CLAIM_DIR = /^(\/var\/local-path-provisioner\/pvc-[^/_]+_[^/_]+_([^/]+))\//

/** Claim name → its directory on the node, from the paths the run wrote to. */
function claimDirectories(writtenPaths: Iterable<string>): Map<string, string> {
  const dirs = new Map<string, string>()
  for (const path of writtenPaths) {
    const m = CLAIM_DIR.exec(path)
    if (m && !dirs.has(m[2]!)) dirs.set(m[2]!, m[1]!)
  }
  return dirs
}

/**
 * hostPath → mountPath pairs from every pod spec found in the manifests; a PersistentVolumeClaim
 * mount counts too once the run has written into the claim's directory (`writtenPaths`).
 */
export function hostMounts(files: Record<string, string>, writtenPaths: Iterable<string> = []): [string, string][] {
  const pairs: [string, string][] = []
  const claimDirs = claimDirectories(writtenPaths)
  const visit = (node: Json) => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const spec = node as Record<string, Json>
    if (Array.isArray(spec.volumes) && (Array.isArray(spec.containers) || Array.isArray(spec.initContainers))) {
      const hostPaths = new Map<string, string>()
      for (const v of spec.volumes as Record<string, Json>[]) {
        const hp = v?.hostPath as Record<string, Json> | undefined
        const claim = (v?.persistentVolumeClaim as Record<string, Json> | undefined)?.claimName
        if (typeof v?.name === 'string' && typeof hp?.path === 'string') hostPaths.set(v.name, hp.path)
        // A claim's directory on the node is known only once provisioned: resolved from the trace.
        else if (typeof v?.name === 'string' && typeof claim === 'string' && claimDirs.has(claim)) hostPaths.set(v.name, claimDirs.get(claim)!)
      }
      const containers = [...((spec.initContainers as Json[]) ?? []), ...((spec.containers as Json[]) ?? [])] as Record<string, Json>[]
      for (const c of containers) {
        for (const m of (c?.volumeMounts as Record<string, Json>[] | undefined) ?? []) {
          const host = typeof m?.name === 'string' ? hostPaths.get(m.name) : undefined
          if (host && typeof m.mountPath === 'string') pairs.push([host, m.mountPath])
        }
      }
    }
    Object.values(spec).forEach(visit)
  }
  for (const text of Object.values(files)) {
    try {
      for (const doc of parseAllDocuments(text)) if (!doc.errors.length) visit(doc.toJS())
    } catch {
      // An unreadable file simply contributes no mounts.
    }
  }
  return pairs
}
