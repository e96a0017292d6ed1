// cli-runtime pkg/printers/name.go (`NamePrinter`: `<kind lower>.<group>/<name> <operation>`,
// core kinds without a group) and kubectl delete.go `PrintObj` (reference §6–§8).

export interface ObjectRef {
  apiVersion: string
  kind: string
  metadata: { name: string; namespace?: string }
}

/** Lower-case `kind.group` (`job.batch`), or just the kind for the core group (`pod`). */
export function kindGroup(apiVersion: string, kind: string): string {
  const slash = apiVersion.indexOf('/')
  const group = slash >= 0 ? apiVersion.slice(0, slash) : ''
  return group ? `${kind.toLowerCase()}.${group}` : kind.toLowerCase()
}

export type DryRun = 'none' | 'client' | 'server'

/** PrintFlags.Complete: the operation gets ` (dry run)` or ` (server dry run)`. */
function withDryRun(operation: string, dryRun: DryRun | undefined): string {
  if (dryRun === 'client') return `${operation} (dry run)`
  if (dryRun === 'server') return `${operation} (server dry run)`
  return operation
}

/** `-o name`: `job.batch/hello`, `pod/hello-7xk2p`. */
export function nameOf(obj: ObjectRef): string {
  return `${kindGroup(obj.apiVersion, obj.kind)}/${obj.metadata.name || '<unknown>'}`
}

/** Operations kubectl prints through a NamePrinter. */
export type Operation = 'created' | 'configured' | 'unchanged' | 'patched' | 'patched (no change)' | 'serverside-applied' | 'condition met' | 'labeled' | 'annotated'

/** `job.batch/hello created`, `job.batch/hello condition met`, `job.batch/x patched (no change)`. */
export function operationLine(obj: ObjectRef, operation: Operation, dryRun?: DryRun): string {
  return `${nameOf(obj)} ${withDryRun(operation, dryRun)}\n`
}

export interface DeleteOptions {
  /** `--grace-period=0 --force`: `force deleted`. */
  force?: boolean
  dryRun?: DryRun
  /** `-o name`: just `pod/x`. */
  outputName?: boolean
  /** false for cluster-scoped objects, which get no `from … namespace`. Default true. */
  namespaced?: boolean
}

/**
 * delete.go `PrintObj` as of kubectl 1.34 (commit 2fa4a24, "show namespace on delete"):
 * `job.batch "hello" deleted from default namespace`, `pod "x" force deleted from default namespace`.
 */
export function deletedLine(obj: ObjectRef, o: DeleteOptions = {}): string {
  const kind = kindGroup(obj.apiVersion, obj.kind)
  if (o.outputName) return `${kind}/${obj.metadata.name}\n`
  const operation = withDryRun(o.force ? 'force deleted' : 'deleted', o.dryRun)
  const where = (o.namespaced ?? true) ? ` from ${obj.metadata.namespace ?? 'default'} namespace` : ''
  return `${kind} "${obj.metadata.name}" ${operation}${where}\n`
}
