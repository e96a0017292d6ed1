// kubectl + apiserver, from a parsed YAML document to a typed object:
// 1. kubectl checks apiVersion and kind (k8s.io/kubectl/pkg/validation `getObjectKind`, wrapped by
//    `ValidateSchema` and the resource builder's `error validating %q: %v`);
// 2. kubectl maps the kind to a resource (`resource mapping not found ... ensure CRDs are installed
//    first`, meta.NoKindMatchError);
// 3. the apiserver decodes strictly (strict.ts) and answers 400 with
//    `<Kind> in version "<v>" cannot be handled as a <Kind>: <error>` (handlers `transformDecodeError`).
import type { AnyManifest, DecodeError, DecodeResult } from './types'
import type { StructSchema } from './schema'
import { cronJob, job } from './schemaBatch'
import { pod, service } from './schemaCore'
import { persistentVolumeClaim } from './schemaStorage'
import { strictDecode } from './strict'
import { goQuote } from '../validation/goFormat'

/** The kinds the simulated cluster serves, by `group/version` (core group: `v1`). */
const KINDS: Record<string, Record<string, () => StructSchema>> = {
  'batch/v1': { Job: job, CronJob: cronJob },
  v1: { Pod: pod, Service: service, PersistentVolumeClaim: persistentVolumeClaim },
}

const VALIDATE_OFF = 'if you choose to ignore these errors, turn validation off with --validate=false'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function fail(stage: DecodeError['stage'], reason: DecodeError['reason'], message: string, text: string): DecodeResult {
  return { ok: false, error: text, detail: { stage, reason, message, text } }
}

/** `schema.ParseGroupVersion`: `v1`, `batch/v1`; more than one slash is an error. */
function parseGroupVersion(gv: string): { group: string; version: string } | string {
  if (gv === '' || gv === '/') return { group: '', version: '' }
  const parts = gv.split('/')
  if (parts.length === 1) return { group: '', version: gv }
  if (parts.length === 2) return { group: parts[0] ?? '', version: parts[1] ?? '' }
  return `unexpected GroupVersion string: ${gv}`
}

/** kubectl's `getObjectKind` errors (one error alone, several as `[a, b]`). */
function kindErrors(raw: unknown): { errors: string[]; apiVersion: string; kind: string } {
  if (!isObject(raw)) return { errors: ['invalid object to validate'], apiVersion: '', kind: '' }
  const errors: string[] = []
  const apiVersion = raw['apiVersion']
  const kind = raw['kind']
  if (apiVersion === undefined || apiVersion === null) errors.push('apiVersion not set')
  else if (typeof apiVersion !== 'string') errors.push("apiVersion isn't string type")
  else {
    const gv = parseGroupVersion(apiVersion)
    if (typeof gv === 'string') errors.push(gv)
  }
  if (kind === undefined || kind === null) errors.push('kind not set')
  else if (typeof kind !== 'string') errors.push("kind isn't string type")
  return { errors, apiVersion: typeof apiVersion === 'string' ? apiVersion : '', kind: typeof kind === 'string' ? kind : '' }
}

const metaString = (raw: Record<string, unknown>, key: string): string => {
  const m = raw['metadata']
  const v = isObject(m) ? m[key] : undefined
  return typeof v === 'string' ? v : ''
}

/**
 * Turns one parsed YAML document into a typed Job, Pod or Service manifest, or the error kubectl
 * would print. `source` is the file name kubectl reports (`STDIN` for `-f -`).
 */
export function decodeObject(raw: unknown, source = 'STDIN'): DecodeResult {
  if (raw === null || raw === undefined) return fail('client', 'Empty', 'no objects passed to create', 'error: no objects passed to create')
  const { errors, apiVersion, kind } = kindErrors(raw)
  if (errors.length > 0) {
    const what = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`
    const message = `error validating ${goQuote(source)}: error validating data: ${what}; ${VALIDATE_OFF}`
    return fail('client', 'Invalid', message, `error: ${message}`)
  }
  const obj = raw as Record<string, unknown>
  const schema = KINDS[apiVersion]?.[kind]
  if (!schema) {
    const gv = parseGroupVersion(apiVersion)
    const version = typeof gv === 'string' ? apiVersion : gv.group ? `${gv.group}/${gv.version}` : gv.version
    const message = `resource mapping not found for name: ${goQuote(metaString(obj, 'name'))} namespace: ${goQuote(metaString(obj, 'namespace'))} from ${goQuote(source)}: no matches for kind ${goQuote(kind)} in version ${goQuote(version)}\nensure CRDs are installed first`
    return fail('client', 'NoKindMatch', message, `error: ${message}`)
  }
  const version = apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion
  const decoded = strictDecode(obj, schema())
  if (!decoded.ok) {
    const message = `${kind} in version ${goQuote(version)} cannot be handled as a ${kind}: ${decoded.message}`
    return fail('server', 'BadRequest', message, `Error from server (BadRequest): error when creating ${goQuote(source)}: ${message}`)
  }
  return { ok: true, object: toManifest(decoded.value) }
}

/** Drops what the server owns (metadata it assigns, the status it resets) and fills `name`. */
function toManifest(v: Record<string, unknown>): AnyManifest {
  const meta = { ...(v['metadata'] as Record<string, unknown>) }
  for (const k of ['uid', 'resourceVersion', 'creationTimestamp', 'generation', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'selfLink', 'managedFields']) {
    delete meta[k]
  }
  meta['name'] ??= ''
  const out: Record<string, unknown> = { ...v, metadata: meta }
  delete out['status']
  return out as unknown as AnyManifest
}
