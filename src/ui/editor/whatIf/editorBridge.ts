// Lets `window.__playground.whatIf` take the slider's own path when the editor is on screen: the
// number is changed in the Monaco model (a small edit, as a slider step makes), not by replacing
// the file's text, which would re-tokenize and redraw the whole editor. Set by whatIfSlider.ts.

/** Replaces [start, end) of `file` in the editor; false when the editor does not show that file. */
export type EditInEditor = (file: string, start: number, end: number, text: string) => boolean

let current: EditInEditor | null = null

export function setEditInEditor(edit: EditInEditor | null): void {
  current = edit
}

export function editInEditor(file: string, start: number, end: number, text: string): boolean {
  return current?.(file, start, end, text) ?? false
}
