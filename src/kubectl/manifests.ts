// Reading `-f FILE` (or `-f -` from stdin): YAML documents, each decoded strictly into an API
// object, with kubectl's messages when the file is missing or is not valid.
import { parseAllDocuments } from 'yaml'
import { decodeObject, toKubeObject } from '../sim/api/decode'
import type { KubeObject } from '../sim/api/types'
import type { KubectlContext } from './context'

export type Loaded = { ok: true; objects: KubeObject[] } | { ok: false; error: string }

function resolve(cwd: string, path: string): string {
  return path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`
}

export function readManifest(ctx: KubectlContext, path: string): Loaded {
  let text: string
  if (path === '-') text = ctx.io.stdin ?? ''
  else {
    const r = ctx.fs.readFile(resolve(ctx.cwd, path))
    if (!r.ok) return { ok: false, error: `error: the path "${path}" does not exist` }
    text = r.value
  }
  const docs = parseAllDocuments(text)
  const list = Array.isArray(docs) ? docs : [docs]
  const objects: KubeObject[] = []
  for (const doc of list) {
    const e = doc.errors[0]
    if (e) {
      const line = e.linePos?.[0]?.line
      return { ok: false, error: `error: error parsing ${path}: error converting YAML to JSON: yaml: ${line ? `line ${line}: ` : ''}${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` }
    }
    const raw: unknown = doc.toJS()
    if (raw === null || raw === undefined) continue
    const d = decodeObject(raw, path === '-' ? 'STDIN' : path)
    if (!d.ok) return { ok: false, error: d.error }
    objects.push(toKubeObject(d.object))
  }
  if (objects.length === 0) return { ok: false, error: `error: no objects passed to apply` }
  return { ok: true, objects }
}
