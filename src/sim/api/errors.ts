// API errors, shaped like apimachinery's StatusError so kubectl can print them as a real
// cluster's kubectl does (`Error from server (NotFound): jobs.batch "x" not found`).

export type ApiErrorReason = 'NotFound' | 'AlreadyExists' | 'Invalid' | 'BadRequest' | 'Conflict' | 'Forbidden'

export interface ApiError {
  reason: ApiErrorReason
  /** The full text kubectl prints for it (without a trailing newline). */
  message: string
}

/** `jobs.batch`, `pods`, `services`: the resource name kubectl's errors use. */
export const RESOURCE_OF_KIND: Record<string, string> = {
  Job: 'jobs.batch',
  Pod: 'pods',
  Service: 'services',
  Event: 'events',
  Node: 'nodes',
  Namespace: 'namespaces',
}

export const notFound = (kind: string, name: string): ApiError => ({
  reason: 'NotFound',
  message: `Error from server (NotFound): ${RESOURCE_OF_KIND[kind] ?? kind.toLowerCase()} "${name}" not found`,
})

export const alreadyExists = (kind: string, name: string): ApiError => ({
  reason: 'AlreadyExists',
  message: `Error from server (AlreadyExists): ${RESOURCE_OF_KIND[kind] ?? kind.toLowerCase()} "${name}" already exists`,
})

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }
