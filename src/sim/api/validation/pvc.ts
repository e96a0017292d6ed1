// `ValidatePersistentVolumeClaim` on create (pkg/apis/core/validation/validation.go), reduced to
// what a claim for kind's local-path class needs: a DNS-1123 subdomain name, at least one
// supported access mode, and a storage request.
import type { PersistentVolumeClaim } from '../types'
import { notSupported, required, type FieldError } from './fieldError'
import { validateObjectMeta } from './meta'
import { nameIsDNSSubdomain } from './names'

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod']

export function validatePvcCreate(pvc: PersistentVolumeClaim): FieldError[] {
  const errs = validateObjectMeta(pvc.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain })
  const modes = pvc.spec.accessModes ?? []
  if (modes.length === 0) errs.push(required('spec.accessModes', 'at least 1 access mode is required'))
  for (const m of modes) if (!ACCESS_MODES.includes(m)) errs.push(notSupported('spec.accessModes', m, ACCESS_MODES))
  if (pvc.spec.resources?.requests?.storage === undefined) errs.push(required('spec.resources[storage]'))
  return errs
}

/** kind's default StorageClass (`storageclass.kubernetes.io/is-default-class: "true"`). */
export const DEFAULT_STORAGE_CLASS = 'standard'

/**
 * What admission does to a new claim before validation: the DefaultStorageClass plugin fills an
 * unset `storageClassName` with the default class, StorageObjectInUseProtection adds the
 * `kubernetes.io/pvc-protection` finalizer, and `SetDefaults_PersistentVolumeClaim` sets
 * `volumeMode: Filesystem` and the phase Pending.
 */
export function admitPvc(pvc: PersistentVolumeClaim): PersistentVolumeClaim {
  return {
    ...pvc,
    metadata: { ...pvc.metadata, finalizers: [...(pvc.metadata.finalizers ?? []).filter((f) => f !== PVC_PROTECTION), PVC_PROTECTION] },
    spec: { ...pvc.spec, storageClassName: pvc.spec.storageClassName ?? DEFAULT_STORAGE_CLASS, volumeMode: pvc.spec.volumeMode ?? 'Filesystem' },
    status: { phase: 'Pending' },
  }
}

export const PVC_PROTECTION = 'kubernetes.io/pvc-protection'
