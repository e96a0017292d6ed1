// Pod volumes: pkg/apis/core/validation/validation.go `ValidateVolumes`, `validateVolumeSource`,
// `validateHostPathVolumeSource`. Only hostPath and emptyDir are checked in depth; any other
// source still counts for the "exactly one volume type" rule.
import type { Volume } from '../types'
import { forbidden, invalid, notSupported, required, duplicate, type FieldError } from './fieldError'
import { isDNS1123Label } from './names'

/** Source fields in the order `validateVolumeSource` tests them (with their error path names). */
const SOURCES: readonly (readonly [string, string])[] = [
  ['emptyDir', 'emptyDir'], ['hostPath', 'hostPath'], ['gitRepo', 'gitRepo'], ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'], ['secret', 'secret'], ['nfs', 'nfs'], ['iscsi', 'iscsi'],
  ['glusterfs', 'glusterfs'], ['flocker', 'flocker'], ['persistentVolumeClaim', 'persistentVolumeClaim'], ['rbd', 'rbd'],
  ['cinder', 'cinder'], ['cephfs', 'cephFS'], ['quobyte', 'quobyte'], ['downwardAPI', 'downwarAPI'], // sic: upstream typo
  ['fc', 'fc'], ['flexVolume', 'flexVolume'], ['configMap', 'configMap'], ['azureFile', 'azureFile'],
  ['vsphereVolume', 'vsphereVolume'], ['photonPersistentDisk', 'photonPersistentDisk'], ['portworxVolume', 'portworxVolume'],
  ['azureDisk', 'azureDisk'], ['storageos', 'storageos'], ['projected', 'projected'], ['scaleIO', 'scaleIO'],
  ['csi', 'csi'], ['ephemeral', 'ephemeral'], ['image', 'image'],
]

/** `supportedHostPathTypes.List()`: sorted, including the empty "unset" type. */
const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket']

/** `validatePathNoBacksteps`: one error however many `..` elements there are. */
export const validatePathNoBacksteps = (p: string, path: string): FieldError[] =>
  p.split('/').includes('..') ? [invalid(path, p, "must not contain '..'")] : []

/** `validateLocalDescendingPath`: relative and without backsteps. */
export const validateLocalDescendingPath = (p: string, path: string): FieldError[] => [
  ...(p.startsWith('/') ? [invalid(path, p, 'must be a relative path')] : []),
  ...validatePathNoBacksteps(p, path),
]

/** A quantity below zero (a leading minus on a non-zero value). */
const isNegativeQuantity = (q: string): boolean => /^-/.test(q) && !/^-0*\.?0*([a-zA-Z]+|[eE][-+]?\d+)?$/.test(q)

function validateVolumeSource(vol: Volume, path: string): FieldError[] {
  const errs: FieldError[] = []
  let count = 0
  for (const [key, pathName] of SOURCES) {
    const src = vol[key]
    if (src === undefined || src === null) continue
    if (count > 0) {
      errs.push(forbidden(`${path}.${pathName}`, 'may not specify more than 1 volume type'))
      continue
    }
    count++
    if (key === 'emptyDir' && vol.emptyDir?.sizeLimit !== undefined && isNegativeQuantity(String(vol.emptyDir.sizeLimit))) {
      errs.push(forbidden(`${path}.emptyDir.sizeLimit`, 'SizeLimit field must be a valid resource quantity'))
    }
    if (key === 'hostPath' && vol.hostPath) {
      const hp = vol.hostPath
      if (!hp.path) {
        errs.push(required(`${path}.hostPath.path`))
        continue
      }
      errs.push(...validatePathNoBacksteps(hp.path, `${path}.hostPath.path`))
      if (hp.type !== undefined && !HOST_PATH_TYPES.includes(hp.type)) errs.push(notSupported(`${path}.hostPath.type`, hp.type, HOST_PATH_TYPES))
    }
  }
  if (count === 0) errs.push(required(path, 'must specify a volume type'))
  return errs
}

/** `ValidateVolumes`: returns the names of the volumes that passed (mounts may only use those). */
export function validateVolumes(volumes: readonly Volume[] | undefined, path: string): { valid: Set<string>; errors: FieldError[] } {
  const valid = new Set<string>()
  const errors: FieldError[] = []
  ;(volumes ?? []).forEach((vol, i) => {
    const p = `${path}[${i}]`
    const el = validateVolumeSource(vol, p)
    if (!vol.name) el.push(required(`${p}.name`))
    else el.push(...isDNS1123Label(vol.name).map((msg) => invalid(`${p}.name`, vol.name, msg)))
    if (valid.has(vol.name)) el.push(duplicate(`${p}.name`, vol.name))
    if (el.length === 0) valid.add(vol.name)
    else errors.push(...el)
  })
  return { valid, errors }
}
