// Bash quoting for the exported script: single quotes (nothing inside is special to bash but the
// single quote itself) and quoted heredocs, whose bodies bash never expands.

/** One bash word with exactly this text. */
export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(text)) return text
  return `'${text.replace(/'/g, `'\\''`)}'`
}

/** A heredoc terminator that no line of `body` equals (EOF, then EOF_1, EOF_2, …). */
export function heredocDelimiter(body: string): string {
  const lines = new Set(body.split('\n').map((l) => l.replace(/\r$/, '')))
  let delimiter = 'EOF'
  for (let i = 1; lines.has(delimiter); i++) delimiter = `EOF_${i}`
  return delimiter
}

/** Shell lines that write `body` to `path` byte for byte. A quoted heredoc (`<<'EOF'`) keeps `$`,
 * backslashes and quotes as they are; it always ends in a newline, so text without a final
 * newline is written with printf instead. */
export function writeFileLines(path: string, body: string): string[] {
  const target = shellQuote(path)
  if (!body.endsWith('\n')) return [`printf '%s' ${shellQuote(body)} > ${target}`]
  const delimiter = heredocDelimiter(body)
  return [`cat > ${target} <<'${delimiter}'`, ...body.slice(0, -1).split('\n'), delimiter]
}
