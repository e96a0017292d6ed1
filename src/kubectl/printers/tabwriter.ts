// A port of Go's text/tabwriter as kubectl uses it, with the RememberWidths flag of the
// github.com/liggitt/tabwriter fork (reference §1.2–§1.3).
//
// Semantics kept exactly: text is cut into cells terminated by '\t' (or '\v'); a line's last cell
// is not terminated, belongs to no column and is never padded. A column is aligned only over a
// block of consecutive lines that all have a terminated cell in it; its width is
// max(minwidth, widest cell + padding). A line with a single cell ends every block and flushes.
// With rememberWidths, each column's widest width survives flushes and can only grow.
// Widths count code points (Go counts runes). The escape/HTML/AlignRight/Debug flags are not used
// by kubectl and are left out.

export interface TabWriterOptions {
  minwidth: number
  tabwidth: number
  padding: number
  padchar: string
  rememberWidths?: boolean
  discardEmptyColumns?: boolean
}

interface Cell {
  text: string
  width: number
  htab: boolean
}

export class TabWriter {
  private lines: Cell[][] = [[]]
  private cellText = ''
  private widths: number[] = []
  private maxwidths: number[] = []
  private out = ''

  constructor(private readonly opts: TabWriterOptions) {}

  /** Feeds text; complete single-cell lines flush at once, as in Go. */
  write(text: string): void {
    let start = 0
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue
      this.cellText += text.slice(start, i)
      start = i + 1
      const ncells = this.terminateCell(ch === '\t')
      if (ch === '\n' || ch === '\f') {
        this.lines.push([])
        if (ch === '\f' || ncells === 1) this.flush()
      }
    }
    this.cellText += text.slice(start)
  }

  /** Formats and emits everything buffered (the current cell ends the last line unterminated). */
  flush(): void {
    if (this.cellText.length > 0) this.terminateCell(false)
    this.format(0, this.lines.length)
    this.lines = [[]]
    this.cellText = ''
  }

  /** Takes the text emitted so far. */
  take(): string {
    const s = this.out
    this.out = ''
    return s
  }

  rememberedWidths(): number[] {
    return [...this.maxwidths]
  }

  setRememberedWidths(widths: readonly number[]): this {
    this.maxwidths = [...widths]
    return this
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1]!
    line.push({ text: this.cellText, width: [...this.cellText].length, htab })
    this.cellText = ''
    return line.length
  }

  /** Go's `format`: finds the column blocks at depth widths.length, recursively. */
  private format(line0: number, line1: number): void {
    const column = this.widths.length
    for (let self = line0; self < line1; self++) {
      if (column >= this.lines[self]!.length - 1) continue
      // A cell exists in this column: print the lines before the block, then size the block.
      this.writeLines(line0, self)
      line0 = self
      let width = this.opts.minwidth
      let discardable = true
      for (; self < line1; self++) {
        const line = this.lines[self]!
        if (column >= line.length - 1) break
        const c = line[column]!
        width = Math.max(width, c.width + this.opts.padding)
        if (c.width > 0 || c.htab) discardable = false
      }
      if (discardable && this.opts.discardEmptyColumns) width = 0
      if (this.opts.rememberWidths) width = this.remember(width)
      this.widths.push(width)
      this.format(line0, self)
      this.widths.pop()
      line0 = self
    }
    this.writeLines(line0, line1)
  }

  /** The liggitt fork: a column never gets narrower than the widest width it has had. */
  private remember(width: number): number {
    const depth = this.widths.length
    if (this.maxwidths.length < depth) this.maxwidths.push(...this.widths.slice(this.maxwidths.length))
    if (this.maxwidths.length === depth) {
      this.maxwidths.push(width)
      return width
    }
    const max = this.maxwidths[depth]!
    if (max > width) return max
    this.maxwidths[depth] = width
    return width
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]!
      line.forEach((c, j) => {
        this.out += c.text
        if (j < this.widths.length) this.out += this.padding(c.width, this.widths[j]!)
      })
      // The last buffered line has no newline (it is the start of the next, empty line).
      if (i + 1 < this.lines.length) this.out += '\n'
    }
  }

  private padding(textw: number, cellw: number): string {
    if (this.opts.padchar === '\t') {
      if (this.opts.tabwidth === 0) return ''
      const cw = Math.ceil(cellw / this.opts.tabwidth) * this.opts.tabwidth
      return '\t'.repeat(Math.ceil((cw - textw) / this.opts.tabwidth))
    }
    return this.opts.padchar.repeat(Math.max(0, cellw - textw))
  }
}

/** cli-runtime `GetNewTabWriter`: what `kubectl get` prints tables with. */
export function getTabWriter(): TabWriter {
  return new TabWriter({ minwidth: 6, tabwidth: 4, padding: 3, padchar: ' ', rememberWidths: true })
}

/** describe.go `tabbedString`: `tabwriter.Init(buf, 0, 8, 2, ' ', 0)`. */
export function describeTabWriter(): TabWriter {
  return new TabWriter({ minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ' })
}

/**
 * cli-runtime `WriteEscaped`/`EscapeTerminal`: ESC and CR in printed values are shown as `^[` and
 * `\r` so they cannot drive the terminal.
 */
export function escapeTerminal(text: string): string {
  return text.replaceAll('\x1b', '^[').replaceAll('\r', '\\r')
}
