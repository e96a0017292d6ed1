// describe.go `prefixWriter`: two spaces per level in front of what is written, the text escaped
// for the terminal (`WriteEscaped`), everything going into one tabwriter (0, 8, 2, ' ', 0).
import { describeTabWriter, escapeTerminal } from '../tabwriter'

export const LEVEL_0 = 0
export const LEVEL_1 = 1
export const LEVEL_2 = 2
export const LEVEL_3 = 3

export class PrefixWriter {
  private readonly w = describeTabWriter()

  /** `Write(level, …)`: the prefix goes only in front of the text, not after its newlines. */
  write(level: number, text: string): void {
    this.w.write(escapeTerminal('  '.repeat(level) + text))
  }

  /** `WriteLine`: the text and a newline, no prefix, no escaping (fmt.Fprintln). */
  writeLine(text: string): void {
    this.w.write(`${text}\n`)
  }

  /** Ends the current column blocks (DescribeEvents does this before the events table). */
  flush(): void {
    this.w.flush()
  }

  /** `tabbedString`: flushes and returns all text. */
  done(): string {
    this.w.flush()
    return this.w.take()
  }
}
