// Shared pieces of describe.go: multi-line labels/annotations/tolerations
// (`printLabelsMultilineWithIndent`, `printAnnotationsMultiline`, `printTolerationsMultilineWithIndent`),
// `printController`, `stringOrNone`, `printBool`.
import { byString } from '../../../sim/api/printers'
import type { ObjectMeta, PodSpec } from '../../../sim/api/types'
import { LEVEL_0, type PrefixWriter } from './prefixWriter'

/** kubectl.kubernetes.io/last-applied-configuration is never shown (`skipAnnotations`). */
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration'])
const MAX_ANNOTATION_LEN = 140

export const stringOrNone = (s: string | undefined): string => (s ? s : '<none>')
export const printBool = (b: boolean): string => (b ? 'True' : 'False')

/** `Labels:\tk=v` then `\tk2=v2` lines (sorted), or `<none>`. `title` may carry an indent. */
export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`)
  const keys = Object.keys(labels ?? {}).sort(byString)
  if (keys.length === 0) {
    w.writeLine('<none>')
    return
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t')
    w.write(LEVEL_0, `${k}=${labels![k]}\n`)
  })
}

const shorten = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max)}...` : s)

/** `Annotations:\tk: v`; long or multi-line values go on their own indented lines. */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`)
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIP_ANNOTATIONS.has(k))
    .sort(byString)
  if (keys.length === 0) {
    w.writeLine('<none>')
    return
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t')
    const value = annotations![k]!.replace(/\n$/, '')
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${k}:\n`)
      for (const s of value.split('\n')) w.write(LEVEL_0, `\t  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`)
    } else {
      w.write(LEVEL_0, `${k}: ${value}\n`)
    }
  })
}

type Toleration = NonNullable<PodSpec['tolerations']>[number]

/** `Tolerations:\tkey=value:Effect op=Exists for 300s`, sorted by key. */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: Toleration[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`)
  if (!tolerations || tolerations.length === 0) {
    w.writeLine('<none>')
    return
  }
  const sorted = [...tolerations].sort((a, b) => byString(a.key ?? '', b.key ?? ''))
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t')
    let text = t.key ?? ''
    if (t.value) text += `=${t.value}`
    if (t.effect) text += `:${t.effect}`
    // operator Exists without a value tolerates everything for that key/effect
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists'
    if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`
    w.write(LEVEL_0, `${text}\n`)
  })
}

/** `printController`: `Kind/name` of the controlling owner, or ''. */
export function printController(meta: ObjectMeta): string {
  const ref = (meta.ownerReferences ?? []).find((r) => r.controller === true)
  return ref ? `${ref.kind}/${ref.name}` : ''
}
