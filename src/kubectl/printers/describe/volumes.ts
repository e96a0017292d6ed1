// describe.go `describeVolumes` and the volume-source printers the playground's pods use:
// hostPath, emptyDir, projected (the service-account token volume), configMap, secret,
// downwardAPI, persistentVolumeClaim; anything else prints `<unknown>`.
import type { Volume } from '../../../sim/api/types'
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefixWriter'

const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {})
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** `printProjectedVolumeSource` (kubectl 1.33+ prints `Optional:  false`, not `ConfigMapOptional`). */
function projected(p: Record<string, unknown>, w: PrefixWriter): void {
  w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n')
  for (const s of list(p['sources']).map(rec)) {
    if (s['secret'] !== undefined) {
      const r = rec(s['secret'])
      w.write(LEVEL_2, `SecretName:\t${str(r['name'])}\n    Optional:\t${r['optional'] === true}\n`)
    } else if (s['downwardAPI'] !== undefined) {
      w.write(LEVEL_2, 'DownwardAPI:\ttrue\n')
    } else if (s['configMap'] !== undefined) {
      const r = rec(s['configMap'])
      w.write(LEVEL_2, `ConfigMapName:\t${str(r['name'])}\n    Optional:\t${r['optional'] === true}\n`)
    } else if (s['serviceAccountToken'] !== undefined) {
      w.write(LEVEL_2, `TokenExpirationSeconds:\t${str(rec(s['serviceAccountToken'])['expirationSeconds'])}\n`)
    }
  }
}

function volumeSource(v: Volume, w: PrefixWriter): void {
  if (v.hostPath) {
    w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type ?? '<none>'}\n`)
  } else if (v.emptyDir) {
    const size = v.emptyDir.sizeLimit ? v.emptyDir.sizeLimit : '<unset>'
    w.write(LEVEL_2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${size}\n`)
  } else if (v['secret'] !== undefined) {
    const r = rec(v['secret'])
    w.write(LEVEL_2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${str(r['secretName'])}\n    Optional:\t${r['optional'] === true}\n`)
  } else if (v['configMap'] !== undefined) {
    const r = rec(v['configMap'])
    w.write(LEVEL_2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${str(r['name'])}\n    Optional:\t${r['optional'] === true}\n`)
  } else if (v['persistentVolumeClaim'] !== undefined) {
    const r = rec(v['persistentVolumeClaim'])
    w.write(LEVEL_2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${str(r['claimName'])}\n    ReadOnly:\t${r['readOnly'] === true}\n`)
  } else if (v['downwardAPI'] !== undefined) {
    w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n')
    for (const item of list(rec(v['downwardAPI'])['items']).map(rec)) {
      const field = rec(item['fieldRef'])
      const resource = rec(item['resourceFieldRef'])
      if (item['fieldRef'] !== undefined) w.write(LEVEL_3, `${str(field['fieldPath'])} -> ${str(item['path'])}\n`)
      if (item['resourceFieldRef'] !== undefined) w.write(LEVEL_3, `${str(resource['resource'])} -> ${str(item['path'])}\n`)
    }
  } else if (v['projected'] !== undefined) {
    projected(rec(v['projected']), w)
  } else {
    w.write(LEVEL_1, '<unknown>\n')
  }
}

/** `Volumes:\t<none>`, or `Volumes:` and each volume; names get one extra space in a pod template. */
export function describeVolumes(volumes: readonly Volume[] | undefined, w: PrefixWriter, space: string): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`)
    return
  }
  w.write(LEVEL_0, `${space}Volumes:\n`)
  for (const v of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`)
    volumeSource(v, w)
  }
}
