// The `Table` the apiserver returns for `kubectl get` (meta.k8s.io/v1 Table, as=Table): column
// definitions from printers.go `AddHandlers` (podColumnDefinitions, jobColumnDefinitions, …) and
// one row of cells per object. Columns with priority 1 are shown only with -o wide. kubectl
// upper-cases the names for the header.
import type { Job, KEvent, KubeObject, Ms, NodeObject, Pod, Service } from '../types'
import { cronJobCells } from './cronJobRow'
import { daemonSetCells } from './daemonSetRow'
import { printEvent } from './eventRow'
import { printJob } from './jobRow'
import { byString } from './labelText'
import { printNode } from './nodeRow'
import { printPod } from './podRow'
import { printService } from './serviceRow'
import { pvCells, pvcCells, storageClassCells } from './storageRows'
import { translateTimestampSince } from './timestamps'

export interface TableColumn {
  name: string
  /** 0 = always shown, 1 = only with -o wide. */
  priority: number
  /** `name` marks the column kubectl prefixes with `kind.group/` when several kinds print. */
  format?: 'name'
}

export interface TableRow {
  cells: string[]
  /** The object the row is about (kubectl reads its namespace and labels to decorate the row). */
  object: KubeObject
}

export interface Table {
  columns: TableColumn[]
  rows: TableRow[]
}

const col = (name: string, priority = 0): TableColumn => ({ name, priority })
const NAME: TableColumn = { name: 'Name', priority: 0, format: 'name' }

export const POD_COLUMNS: TableColumn[] = [NAME, col('Ready'), col('Status'), col('Restarts'), col('Age'), col('IP', 1), col('Node', 1), col('Nominated Node', 1), col('Readiness Gates', 1)]
export const JOB_COLUMNS: TableColumn[] = [NAME, col('Status'), col('Completions'), col('Duration'), col('Age'), col('Containers', 1), col('Images', 1), col('Selector', 1)]
export const CRONJOB_COLUMNS: TableColumn[] = [
  NAME, col('Schedule'), col('Timezone'), col('Suspend'), col('Active'), col('Last Schedule'), col('Age'), col('Containers', 1), col('Images', 1), col('Selector', 1),
]
export const SERVICE_COLUMNS: TableColumn[] = [NAME, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 1)]
export const EVENT_COLUMNS: TableColumn[] = [
  col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Subobject', 1), col('Source', 1), col('Message'), col('First Seen', 1), col('Count', 1), col('Name', 1),
]
export const NODE_COLUMNS: TableColumn[] = [
  NAME, col('Status'), col('Roles'), col('Age'), col('Version'), col('Internal-IP', 1), col('External-IP', 1), col('OS-Image', 1), col('Kernel-Version', 1), col('Container-Runtime', 1),
]
export const DAEMONSET_COLUMNS: TableColumn[] = [
  NAME, col('Desired'), col('Current'), col('Ready'), col('Up-to-date'), col('Available'), col('Node Selector'), col('Age'), col('Containers', 1), col('Images', 1), col('Selector', 1),
]
export const PVC_COLUMNS: TableColumn[] = [NAME, col('Status'), col('Volume'), col('Capacity'), col('Access Modes'), col('StorageClass'), col('VolumeAttributesClass'), col('Age'), col('VolumeMode', 1)]
export const PV_COLUMNS: TableColumn[] = [
  NAME, col('Capacity'), col('Access Modes'), col('Reclaim Policy'), col('Status'), col('Claim'), col('StorageClass'), col('VolumeAttributesClass'), col('Reason'), col('Age'), col('VolumeMode', 1),
]
export const STORAGECLASS_COLUMNS: TableColumn[] = [NAME, col('Provisioner'), col('ReclaimPolicy'), col('VolumeBindingMode'), col('AllowVolumeExpansion'), col('Age')]
/** printers.go has no handler for these here; the default handler prints NAME and AGE. */
export const DEFAULT_COLUMNS: TableColumn[] = [NAME, col('Age')]

export function podCells(p: Pod, now: Ms): string[] {
  const r = printPod(p, now)
  return [r.name, r.ready, r.status, r.restarts, r.age, r.ip, r.node, r.nominatedNode, r.readinessGates]
}

export function jobCells(j: Job, now: Ms): string[] {
  const r = printJob(j, now)
  return [r.name, r.status, r.completions, r.duration, r.age, r.containers, r.images, r.selector]
}

export function serviceCells(s: Service, now: Ms): string[] {
  const r = printService(s, now)
  return [r.name, r.type, r.clusterIP, r.externalIP, r.ports, r.age, r.selector]
}

export function nodeCells(n: NodeObject, now: Ms): string[] {
  const r = printNode(n, now)
  return [r.name, r.status, r.roles, r.age, r.version, r.internalIP, r.externalIP, r.osImage, r.kernelVersion, r.containerRuntime]
}

export function eventCells(e: KEvent, now: Ms): string[] {
  const r = printEvent(e, now)
  return [r.lastSeen, r.type, r.reason, r.object, r.subobject, r.source, r.message, r.firstSeen, r.count, r.name]
}

/** Column definitions for a kind. */
export function columnsFor(kind: KubeObject['kind']): TableColumn[] {
  switch (kind) {
    case 'Pod':
      return POD_COLUMNS
    case 'Job':
      return JOB_COLUMNS
    case 'CronJob':
      return CRONJOB_COLUMNS
    case 'Service':
      return SERVICE_COLUMNS
    case 'Event':
      return EVENT_COLUMNS
    case 'Node':
      return NODE_COLUMNS
    case 'DaemonSet':
      return DAEMONSET_COLUMNS
    case 'PersistentVolumeClaim':
      return PVC_COLUMNS
    case 'PersistentVolume':
      return PV_COLUMNS
    case 'StorageClass':
      return STORAGECLASS_COLUMNS
    default:
      return DEFAULT_COLUMNS
  }
}

/** One row's cells, with every column (wide ones included). */
export function rowCells(obj: KubeObject, now: Ms): string[] {
  switch (obj.kind) {
    case 'Pod':
      return podCells(obj, now)
    case 'Job':
      return jobCells(obj, now)
    case 'CronJob':
      return cronJobCells(obj, now)
    case 'Service':
      return serviceCells(obj, now)
    case 'Event':
      return eventCells(obj, now)
    case 'Node':
      return nodeCells(obj, now)
    case 'DaemonSet':
      return daemonSetCells(obj, now)
    case 'PersistentVolumeClaim':
      return pvcCells(obj, now)
    case 'PersistentVolume':
      return pvCells(obj, now)
    case 'StorageClass':
      return storageClassCells(obj, now)
    default:
      // printObjectMeta, the default handler: NAME and AGE.
      return [obj.metadata.name, translateTimestampSince(obj.metadata.creationTimestamp, now)]
  }
}

/**
 * The Table for a list of objects of one kind, rows in storage order: etcd keys are
 * `<namespace>/<name>`, so a list comes back sorted by namespace, then name (byte order).
 */
export function tableFor(kind: KubeObject['kind'], objects: readonly KubeObject[], now: Ms): Table {
  const sorted = [...objects].sort((a, b) => byString(a.metadata.namespace ?? '', b.metadata.namespace ?? '') || byString(a.metadata.name, b.metadata.name))
  return { columns: columnsFor(kind), rows: sorted.map((o) => ({ cells: rowCells(o, now), object: o })) }
}
