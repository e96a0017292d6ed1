// cli-runtime pkg/printers/tableprinter.go: `HumanReadablePrinter` prints the apiserver's Table
// (reference §1.2): upper-case header joined by tabs, cells joined by tabs, wide (priority 1)
// columns only with -o wide, a cell cut at its first \n, \r or \f with `...` added. It remembers
// whether it printed a header so watch rows come without one (reference §1.5).
import type { Table, TableColumn } from '../../sim/api/printers'
import { labelSetString } from '../../sim/api/printers'
import { escapeTerminal, type TabWriter } from './tabwriter'

export interface PrintOptions {
  wide?: boolean
  noHeaders?: boolean
  /** `-A`: a first NAMESPACE column. */
  withNamespace?: boolean
  /** Several kinds requested: NAME cells get `<kind.group>/` (e.g. `job.batch/hello`). */
  withKind?: boolean
  /** The lower-case `kind.group` used with withKind (`job.batch`, `pod`). */
  kind?: string
  /** `--show-labels`: a last LABELS column. */
  showLabels?: boolean
}

/** Watch event types as `--output-watch-events` prints them (`formatEventType`, padded to 8). */
const EVENT_TYPE_TEXT: Record<string, string> = { ADDED: 'ADDED   ', MODIFIED: 'MODIFIED', DELETED: 'DELETED ', ERROR: 'ERROR   ' }

/** `printTable`'s cell text: cut at the first line break and escaped for the terminal. */
export function cellText(value: string): string {
  const cut = value.search(/[\f\n\r]/)
  return cut >= 0 ? `${escapeTerminal(value.slice(0, cut))}...` : escapeTerminal(value)
}

const sameColumns = (a: readonly TableColumn[] | undefined, b: readonly TableColumn[]): boolean =>
  a !== undefined && a.length === b.length && a.every((c, i) => c.name === b[i]!.name && c.priority === b[i]!.priority && c.format === b[i]!.format)

interface Decorated {
  columns: TableColumn[]
  rows: string[][]
}

/** `decorateTable`: NAMESPACE first, LABELS last, the kind prefix on the name column. */
function decorate(table: Table, o: PrintOptions): Decorated {
  const nameColumn = o.withKind && o.kind ? table.columns.findIndex((c) => c.format === 'name') : -1
  const columns = [...(o.withNamespace ? [{ name: 'Namespace', priority: 0 }] : []), ...table.columns, ...(o.showLabels ? [{ name: 'Labels', priority: 0 }] : [])]
  const rows = table.rows.map((r) => {
    const cells = r.cells.map((c, i) => (i === nameColumn ? `${o.kind}/${c}` : c))
    return [
      ...(o.withNamespace ? [r.object.metadata.namespace ?? ''] : []),
      ...cells,
      ...(o.showLabels ? [labelSetString(r.object.metadata.labels) || '<none>'] : []),
    ]
  })
  return { columns, rows }
}

export class HumanReadablePrinter {
  private printedHeaders = false
  private lastColumns: TableColumn[] | undefined

  constructor(private readonly options: PrintOptions) {}

  /** Prints a Table into w (not flushed). `eventType` adds the EVENT column of --output-watch-events. */
  printTable(table: Table, w: TabWriter, eventType?: string): void {
    let noHeaders = this.options.noHeaders === true
    if (this.printedHeaders && sameColumns(this.lastColumns, table.columns)) noHeaders = true
    if (!sameColumns(this.lastColumns, table.columns)) {
      this.lastColumns = table.columns
      this.printedHeaders = false
    }
    if (table.rows.length > 0) this.printedHeaders = true

    const d = decorate(table, this.options)
    if (eventType !== undefined) {
      d.columns = [{ name: 'Event', priority: 0 }, ...d.columns]
      d.rows = d.rows.map((r) => [EVENT_TYPE_TEXT[eventType] ?? eventType, ...r])
    }
    const shown = d.columns.map((c) => this.options.wide === true || c.priority === 0)
    if (!noHeaders) {
      // No rows, no header: an empty list prints nothing at all.
      if (d.rows.length === 0) return
      w.write(`${d.columns.filter((_, i) => shown[i]).map((c) => c.name.toUpperCase()).join('\t')}\n`)
    }
    for (const row of d.rows) {
      w.write(`${row.slice(0, d.columns.length).filter((_, i) => shown[i]).map(cellText).join('\t')}\n`)
    }
  }
}
