// batch/v1 Job types (staging/src/k8s.io/api/batch/v1/types.go, 1.34).
import { bool, i32, i64, named, opaque, slice, str, struct, type StructSchema } from './schema'
import { podTemplateSpec } from './schemaCore'
import { labelSelector, meta } from './schemaMeta'

const onExitCodes = (): StructSchema => ({
  name: 'PodFailurePolicyOnExitCodesRequirement',
  fields: { containerName: str, operator: named('v1.PodFailurePolicyOnExitCodesOperator'), values: slice(i32) },
})

const onPodConditionsPattern = (): StructSchema => ({
  name: 'PodFailurePolicyOnPodConditionsPattern',
  fields: { type: named('v1.PodConditionType'), status: named('v1.ConditionStatus') },
})

const podFailurePolicyRule = (): StructSchema => ({
  name: 'PodFailurePolicyRule',
  fields: {
    action: named('v1.PodFailurePolicyAction'),
    onExitCodes: struct('v1.PodFailurePolicyOnExitCodesRequirement', onExitCodes),
    onPodConditions: slice(struct('v1.PodFailurePolicyOnPodConditionsPattern', onPodConditionsPattern)),
  },
})

const podFailurePolicy = (): StructSchema => ({ name: 'PodFailurePolicy', fields: { rules: slice(struct('v1.PodFailurePolicyRule', podFailurePolicyRule)) } })

const successPolicyRule = (): StructSchema => ({ name: 'SuccessPolicyRule', fields: { succeededIndexes: str, succeededCount: i32 } })
const successPolicy = (): StructSchema => ({ name: 'SuccessPolicy', fields: { rules: slice(struct('v1.SuccessPolicyRule', successPolicyRule)) } })

const jobSpec = (): StructSchema => ({
  name: 'JobSpec',
  fields: {
    parallelism: i32, completions: i32, activeDeadlineSeconds: i64,
    podFailurePolicy: struct('v1.PodFailurePolicy', podFailurePolicy), successPolicy: struct('v1.SuccessPolicy', successPolicy),
    backoffLimit: i32, backoffLimitPerIndex: i32, maxFailedIndexes: i32, selector: struct('v1.LabelSelector', labelSelector),
    manualSelector: bool, template: struct('v1.PodTemplateSpec', podTemplateSpec), ttlSecondsAfterFinished: i32,
    completionMode: named('v1.CompletionMode'), suspend: bool, podReplacementPolicy: named('v1.PodReplacementPolicy'), managedBy: str,
  },
  zero: ['template'],
})

const jobTemplateSpec = (): StructSchema => ({
  name: 'JobTemplateSpec',
  fields: { metadata: meta, spec: struct('v1.JobSpec', jobSpec) },
  zero: ['spec'],
})

const cronJobSpec = (): StructSchema => ({
  name: 'CronJobSpec',
  fields: {
    schedule: str, timeZone: str, startingDeadlineSeconds: i64, concurrencyPolicy: named('v1.ConcurrencyPolicy'), suspend: bool,
    jobTemplate: struct('v1.JobTemplateSpec', jobTemplateSpec), successfulJobsHistoryLimit: i32, failedJobsHistoryLimit: i32,
  },
  zero: ['jobTemplate'],
})

export const cronJob = (): StructSchema => ({
  name: 'CronJob',
  fields: { apiVersion: str, kind: str, metadata: meta, spec: struct('v1.CronJobSpec', cronJobSpec), status: opaque('v1.CronJobStatus') },
  zero: ['metadata', 'spec'],
})

export const job = (): StructSchema => ({
  name: 'Job',
  fields: { apiVersion: str, kind: str, metadata: meta, spec: struct('v1.JobSpec', jobSpec), status: opaque('v1.JobStatus') },
  zero: ['metadata', 'spec'],
})
