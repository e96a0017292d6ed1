// Builds the fields of one expanded word: quoted text is kept whole, unquoted expansion results
// are split on IFS (POSIX 2.6.5), and unquoted literal text may carry glob characters. The same
// builder gives a single string (assignments, redirection targets) or a pattern (`case`).

import { escapePattern, hasMagic } from './pattern'

export const enum Mode {
  /** Command arguments and `for` lists: split and glob. */
  Fields,
  /** One string, no splitting. */
  Str,
  /** One pattern: quoted characters escaped, the rest active. */
  Pat,
}

export interface Field {
  readonly text: string
  /** The glob pattern when the field has active glob characters. */
  readonly pat: string | null
}

const isIfsSpace = (c: string) => c === ' ' || c === '\t' || c === '\n'

export class Builder {
  readonly fields: Field[] = []
  cur = ''
  pat = ''
  private has = false
  private magic = false
  /** The last field was ended by IFS white space (so a following non-space IFS char adds no empty field). */
  private wsEnd = false

  constructor(
    readonly mode: Mode,
    private readonly ifs: string,
  ) {}

  /** Text that is quoted: never split or globbed; counts as a field even when empty (`""`). */
  quoted(s: string): void {
    this.cur += s
    if (this.mode !== Mode.Str) this.pat += escapePattern(s)
    this.has = true
    this.wsEnd = false
  }

  /** Unquoted text of the word itself: globbed, not split. */
  literal(s: string): void {
    if (!s) return
    this.cur += s
    this.pat += s
    this.has = true
    this.wsEnd = false
    if (this.mode === Mode.Fields && !this.magic && hasMagic(s)) this.magic = true
  }

  /** The result of an unquoted expansion: split on IFS when building fields. */
  expanded(s: string): void {
    if (this.mode !== Mode.Fields || this.ifs === '') {
      this.literal(s)
      return
    }
    const ifs = this.ifs
    let i = 0
    while (i < s.length) {
      let j = i
      while (j < s.length && !ifs.includes(s.charAt(j))) j++
      if (j > i) {
        this.literal(s.slice(i, j))
        i = j
        continue
      }
      const c = s.charAt(i++)
      if (isIfsSpace(c)) {
        if (this.has) {
          this.push()
          this.wsEnd = true
        }
      } else {
        if (this.has || !this.wsEnd) this.push()
        this.wsEnd = false
      }
    }
  }

  /** Ends the current field between the words of `"$@"` (kept even when empty) or `$@` (dropped when empty). */
  cut(keepEmpty: boolean): void {
    if (this.has || keepEmpty) this.push()
  }

  finish(): void {
    if (this.has) this.push()
  }

  private push(): void {
    this.fields.push({ text: this.cur, pat: this.magic ? this.pat : null })
    this.cur = ''
    this.pat = ''
    this.has = false
    this.magic = false
  }
}
