// `kubectl get` human output (kubectl pkg/cmd/get/get.go Run and watch, reference §1.2, §1.5):
// one tabwriter for the whole command, a fresh table printer and forgotten widths per kind, one
// blank line between kinds that printed something, `No resources found…` on stderr when nothing
// printed. The watch printer prints the first listing, then one flushed row per watch event.
import type { Table } from '../../sim/api/printers'
import { HumanReadablePrinter } from './tablePrinter'
import { getTabWriter } from './tabwriter'

export interface GetGroup {
  /** Lower-case `kind.group` of the resource (`job.batch`, `pod`, `service`). */
  kind: string
  table: Table
  /** false for cluster-scoped kinds (nodes, namespaces); default true. */
  namespaced?: boolean
}

export interface GetOptions {
  namespace: string
  allNamespaces?: boolean
  wide?: boolean
  noHeaders?: boolean
  showLabels?: boolean
  ignoreNotFound?: boolean
}

export interface GetOutput {
  stdout: string
  stderr: string
}

export function printGet(groups: readonly GetGroup[], o: GetOptions): GetOutput {
  const w = getTabWriter()
  // multipleGVKsRequested: prefix names with their kind when more than one kind was asked for.
  const withKind = new Set(groups.map((g) => g.kind)).size > 1
  let stdout = ''
  let separatorReady = false
  const emit = () => {
    const text = w.take()
    if (text === '') return
    if (separatorReady) stdout += '\n'
    separatorReady = false
    stdout += text
  }
  let allNamespaced = !o.allNamespaces
  let printer: HumanReadablePrinter | undefined
  let lastKind: string | undefined
  for (const g of groups) {
    const namespaced = g.namespaced ?? true
    allNamespaced = allNamespaced && namespaced
    if (printer === undefined || g.kind !== lastKind) {
      w.flush()
      emit()
      w.setRememberedWidths([])
      if (lastKind !== undefined && !o.noHeaders && stdout.length > 0) separatorReady = true
      printer = new HumanReadablePrinter({ wide: o.wide, noHeaders: o.noHeaders, showLabels: o.showLabels, withNamespace: o.allNamespaces === true && namespaced, withKind, kind: g.kind })
      lastKind = g.kind
    }
    printer.printTable(g.table, w)
  }
  w.flush()
  emit()
  let stderr = ''
  if (stdout === '' && !o.ignoreNotFound) stderr = allNamespaced ? `No resources found in ${o.namespace} namespace.\n` : 'No resources found\n'
  return { stdout, stderr }
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED'

export interface WatchOptions {
  allNamespaces?: boolean
  wide?: boolean
  noHeaders?: boolean
  showLabels?: boolean
  outputWatchEvents?: boolean
  /** `kubectl get pod x -w`: the watch's synthetic first ADDED event is not printed. */
  namedObject?: boolean
}

/**
 * `kubectl get … -w`: `list` prints the current objects (header + rows, one flush; nothing when
 * there are none), then `event` prints each watch event as one row, flushed on its own, with the
 * widths remembered from before and no repeated header. AGE cells come from the table the server
 * built when the event was sent. Watch mode never prints `No resources found`.
 */
export class WatchPrinter {
  private readonly w = getTabWriter()
  private readonly printer: HumanReadablePrinter
  private suppressNext: boolean

  constructor(private readonly o: WatchOptions) {
    this.printer = new HumanReadablePrinter({ wide: o.wide, noHeaders: o.noHeaders, showLabels: o.showLabels, withNamespace: o.allNamespaces })
    this.suppressNext = o.namedObject === true
  }

  /** The first listing (skip it for --watch-only). */
  list(table: Table): string {
    this.printer.printTable(table, this.w, this.o.outputWatchEvents ? 'ADDED' : undefined)
    this.w.flush()
    return this.w.take()
  }

  /** One watch event; `table` holds the changed object's row as the server printed it then. */
  event(type: WatchEventType, table: Table): string {
    if (this.suppressNext) {
      this.suppressNext = false
      return ''
    }
    this.printer.printTable(table, this.w, this.o.outputWatchEvents ? type : undefined)
    this.w.flush()
    return this.w.take()
  }
}
