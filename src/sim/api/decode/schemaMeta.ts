// metav1 types (k8s.io/apimachinery/pkg/apis/meta/v1/types.go): ObjectMeta and LabelSelector.
import { any, bool, i64, named, opaqueList, slice, str, stringMap, struct, type StructSchema } from './schema'

export const ownerReference = (): StructSchema => ({
  name: 'OwnerReference',
  fields: { apiVersion: str, kind: str, name: str, uid: named('types.UID'), controller: bool, blockOwnerDeletion: bool },
})

export const objectMeta = (): StructSchema => ({
  name: 'ObjectMeta',
  fields: {
    name: str, generateName: str, namespace: str, selfLink: str, uid: named('types.UID'), resourceVersion: str,
    generation: i64, creationTimestamp: any, deletionTimestamp: any, deletionGracePeriodSeconds: i64,
    labels: stringMap, annotations: stringMap, ownerReferences: slice(struct('v1.OwnerReference', ownerReference)),
    finalizers: slice(str), managedFields: opaqueList('v1.ManagedFieldsEntry'),
  },
})

export const labelSelectorRequirement = (): StructSchema => ({
  name: 'LabelSelectorRequirement',
  fields: { key: str, operator: named('v1.LabelSelectorOperator'), values: slice(str) },
})

export const labelSelector = (): StructSchema => ({
  name: 'LabelSelector',
  fields: { matchLabels: stringMap, matchExpressions: slice(struct('v1.LabelSelectorRequirement', labelSelectorRequirement)) },
})

export const meta = struct('v1.ObjectMeta', objectMeta)
