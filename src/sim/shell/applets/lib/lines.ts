// Shared by head and tail: old-style `-5` counts and the `==> file <==` headers.

/** `head -5` / `tail -5` mean `-n 5`. */
export const oldStyleCount = (argv: readonly string[]): string[] => argv.map((a, i) => (i > 0 && /^-\d+$/.test(a) ? `-n${a.slice(1)}` : a))

/** Splits text into lines that keep their newline (the last one may have none). */
export function splitKeep(text: string): string[] {
  const out: string[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      out.push(text.slice(start, i + 1))
      start = i + 1
    }
  }
  if (start < text.length) out.push(text.slice(start))
  return out
}

export const header = (file: string, first: boolean): string => `${first ? '' : '\n'}==> ${file === '-' ? 'standard input' : file} <==\n`
