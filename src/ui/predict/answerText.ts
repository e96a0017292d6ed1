// How answers read on screen: the same words in the form, the locked-in summary and the reveal.
import { formatOffset } from '../../sim/kernel/time'
import { PREDICT_FILE, type EndStatus, type Prediction, type Question } from '../../scenario/predict'
import { containerPath } from '../../state/selectors/containerPath'

export const STATUS_TEXT: Record<EndStatus, string> = {
  Complete: 'Complete',
  Failed: 'Failed',
  Running: 'still running at the end',
  Suspended: 'suspended at the end',
}

/** The observer's file by the path the pods see (`/data/message.txt`), else the node path. */
export const fileLabel = (mounts: [string, string][]) => containerPath(PREDICT_FILE, mounts) ?? PREDICT_FILE

/** Short labels: the panel is narrow, and the Job is named once above them. */
export function questionText(q: Question, file: string): string {
  switch (q) {
    case 'pods': return 'Pods created'
    case 'status': return 'How it ends'
    case 'lines': return `Lines in ${file}`
    case 'end': return 'Finishes at'
  }
}

/** Whole seconds, as the transport clock shows them: `1m30s`. */
export const seconds = (ms: number) => formatOffset(Math.round(ms / 1000) * 1000)

export function answerText(q: Question, v: Prediction[Question]): string {
  if (v === undefined) return '—'
  if (q === 'status') return STATUS_TEXT[v as EndStatus]
  if (q === 'end') return v === 'never' ? 'never' : seconds(v as number)
  if (q === 'pods') return v === 1 ? '1 pod' : `${v as number} pods`
  return v === 1 ? '1 line' : `${v as number} lines`
}
