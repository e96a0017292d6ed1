// The console's input line as a small state machine: typing, backspace, history (↑/↓) and
// submit. Pure, so the terminal binding only forwards keys and draws the result.

export interface LineState {
  line: string
  history: string[]
  /** Position while browsing history; history.length means "the new line". */
  cursor: number
  /** The line being typed before browsing history, restored on ↓ past the end. */
  draft: string
}

export const emptyLine = (history: string[] = []): LineState => ({ line: '', history, cursor: history.length, draft: '' })

export function typeText(s: LineState, text: string): LineState {
  return { ...s, line: s.line + text.replace(/[\r\n]+/g, ' '), cursor: s.history.length }
}

export function backspace(s: LineState): LineState {
  return { ...s, line: s.line.slice(0, -1) }
}

export function historyUp(s: LineState): LineState {
  if (s.cursor === 0) return s
  const draft = s.cursor === s.history.length ? s.line : s.draft
  return { ...s, cursor: s.cursor - 1, line: s.history[s.cursor - 1] ?? '', draft }
}

export function historyDown(s: LineState): LineState {
  if (s.cursor >= s.history.length) return s
  const cursor = s.cursor + 1
  return { ...s, cursor, line: cursor === s.history.length ? s.draft : (s.history[cursor] ?? '') }
}

/** The submitted command (trimmed) and the next state; blank lines do not enter history. */
export function submit(s: LineState): { command: string; next: LineState } {
  const command = s.line.trim()
  const history = command && s.history.at(-1) !== command ? [...s.history, command].slice(-200) : s.history
  return { command, next: emptyLine(history) }
}
