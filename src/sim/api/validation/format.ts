// kubectl's text for a 422 Invalid error (staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go:
// `checkErr` → `statusCausesToAggrError` → `MultilineError`), reference job-controller.md §2.1.
import { errorText, type FieldError } from './fieldError'
import { goQuote } from './goFormat'

/** The distinct cause texts, in order (kubectl drops repeated `<field>: <message>` lines). */
export function causeTexts(errors: readonly FieldError[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const e of errors) {
    const t = errorText(e)
    if (!seen.has(t)) {
      seen.add(t)
      out.push(t)
    }
  }
  return out
}

/**
 * `The Job "x" is invalid: <cause>` for one cause; for several, the header line (which keeps its
 * trailing space) and one `* <cause>` line each. No trailing newline; kubectl exits 1.
 */
export function formatInvalid(kind: string, name: string, errors: readonly FieldError[]): string {
  const header = `The ${kind} ${goQuote(name)} is invalid`
  const causes = causeTexts(errors)
  if (causes.length === 0) return header
  if (causes.length === 1) return `${header}: ${causes[0]}`
  return [`${header}: `, ...causes.map((c) => `* ${c}`)].join('\n')
}
