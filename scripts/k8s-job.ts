// The type the Job JSON schema is generated from (npm run gen:schema).
import type { Job } from 'kubernetes-types/batch/v1'
export type K8sJob = Job
