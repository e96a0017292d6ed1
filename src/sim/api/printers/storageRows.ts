// `kubectl get pvc / pv / storageclass` cells (printers.go `printPersistentVolumeClaim`,
// `printPersistentVolume`, `printStorageClass`, v1.34). A claim shows its capacity and access
// modes only once Bound (they are the volume's, copied into its status); a volume or claim being
// deleted is `Terminating`; no VolumeAttributesClass is set here, so that column says `<unset>`.
import type { AccessMode, Ms, PersistentVolume, PersistentVolumeClaim, StorageClass } from '../types'
import { translateTimestampSince } from './timestamps'

const SHORT: [AccessMode, string][] = [['ReadWriteOnce', 'RWO'], ['ReadOnlyMany', 'ROX'], ['ReadWriteMany', 'RWX'], ['ReadWriteOncePod', 'RWOP']]

/** `GetAccessModesAsString`: the short forms, in that fixed order, joined by commas. */
export function accessModesText(modes: readonly AccessMode[] | undefined): string {
  return SHORT.filter(([m]) => modes?.includes(m)).map(([, s]) => s).join(',')
}

export const IS_DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class'

export function pvcCells(c: PersistentVolumeClaim, now: Ms): string[] {
  const phase = c.metadata.deletionTimestamp !== undefined ? 'Terminating' : (c.status.phase ?? 'Pending')
  const bound = c.status.phase === 'Bound'
  return [
    c.metadata.name, phase, c.spec.volumeName ?? '', bound ? (c.status.capacity?.storage ?? '') : '', bound ? accessModesText(c.status.accessModes) : '',
    c.spec.storageClassName ?? '', '<unset>', translateTimestampSince(c.metadata.creationTimestamp, now), c.spec.volumeMode ?? 'Filesystem',
  ]
}

export function pvCells(v: PersistentVolume, now: Ms): string[] {
  const ref = v.spec.claimRef
  const phase = v.metadata.deletionTimestamp !== undefined ? 'Terminating' : v.status.phase
  return [
    v.metadata.name, v.spec.capacity.storage ?? '', accessModesText(v.spec.accessModes), v.spec.persistentVolumeReclaimPolicy, phase,
    ref ? `${ref.namespace}/${ref.name}` : '', v.spec.storageClassName, '<unset>', '', translateTimestampSince(v.metadata.creationTimestamp, now), v.spec.volumeMode,
  ]
}

export function storageClassCells(s: StorageClass, now: Ms): string[] {
  const isDefault = s.metadata.annotations?.[IS_DEFAULT_CLASS] === 'true'
  return [
    isDefault ? `${s.metadata.name} (default)` : s.metadata.name, s.provisioner, s.reclaimPolicy, s.volumeBindingMode,
    String(s.allowVolumeExpansion ?? false), translateTimestampSince(s.metadata.creationTimestamp, now),
  ]
}
