// The v1 PersistentVolumeClaim as the apiserver decodes it (k8s.io/api/core/v1 types.go):
// enough fields for strict decoding to reject what the real one rejects.
import { map, named, opaque, quantity, type StructSchema, slice, str, struct } from './schema'
import { meta } from './schemaMeta'

const resources = (): StructSchema => ({
  name: 'VolumeResourceRequirements',
  fields: { limits: { ...map(quantity, 'v1.ResourceName'), go: 'v1.ResourceList' }, requests: { ...map(quantity, 'v1.ResourceName'), go: 'v1.ResourceList' } },
})

const pvcSpec = (): StructSchema => ({
  name: 'PersistentVolumeClaimSpec',
  fields: {
    accessModes: slice(named('v1.PersistentVolumeAccessMode')), selector: opaque('v1.LabelSelector'),
    resources: struct('v1.VolumeResourceRequirements', resources), volumeName: str, storageClassName: str,
    volumeMode: named('v1.PersistentVolumeMode'), dataSource: opaque('v1.TypedLocalObjectReference'),
    dataSourceRef: opaque('v1.TypedObjectReference'), volumeAttributesClassName: str,
  },
})

export const persistentVolumeClaim = (): StructSchema => ({
  name: 'PersistentVolumeClaim',
  fields: { apiVersion: str, kind: str, metadata: meta, spec: struct('v1.PersistentVolumeClaimSpec', pvcSpec), status: opaque('v1.PersistentVolumeClaimStatus') },
  zero: ['metadata', 'spec'],
})
