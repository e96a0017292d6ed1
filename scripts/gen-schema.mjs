#!/usr/bin/env node
// `npm run gen:schema`: writes src/ui/schema/job.schema.json, the Kubernetes batch/v1 Job schema
// the editor validates against, from kubernetes-types (K8s 1.30 API with its descriptions).
// The schema applies only to documents with `kind: Job`, so Pods and Services in the same
// scenario are not flagged. The output is committed; rerun this after upgrading kubernetes-types.
import { writeFileSync } from 'node:fs'
import { createGenerator } from 'ts-json-schema-generator'

const generated = createGenerator({
  path: 'scripts/k8s-job.ts',
  tsconfig: 'scripts/tsconfig.schema.json',
  type: 'K8sJob',
  skipTypeCheck: true,
}).createSchema('K8sJob')

const job = generated.definitions.Job
job.required = ['apiVersion', 'kind', ...(job.required ?? []).filter((r) => r !== 'apiVersion' && r !== 'kind')]
job.properties.apiVersion = { ...job.properties.apiVersion, const: 'batch/v1' }
job.properties.kind = { ...job.properties.kind, const: 'Job' }

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Kubernetes batch/v1 Job (generated from kubernetes-types 1.30.0)',
  if: { type: 'object', properties: { kind: { const: 'Job' } }, required: ['kind'] },
  then: { $ref: '#/definitions/Job' },
  definitions: generated.definitions,
}
writeFileSync('src/ui/schema/job.schema.json', `${JSON.stringify(schema, null, 1)}\n`)
console.log(`wrote src/ui/schema/job.schema.json (${Object.keys(schema.definitions).length} definitions)`)
