// The what-if slider's code path for automation (`window.__playground.whatIf`): set one tunable
// number, re-simulate at once (coalesced, as a slider step does) and resolve when the timeline
// has drawn the run. Loaded on demand: it parses YAML, which the first paint never does.
import { actions } from '../../../state/actions'
import { appStore } from '../../../state/store'
import { requestMorph } from '../../timeline/morphRequest'
import { editInEditor } from './editorBridge'
import { tunableNumbers, withNumber, type TunableNumber } from './numberAt'

/** The tunable numbers of every file, the active file's first. */
export function whatIfTargets(): (TunableNumber & { file: string })[] {
  const s = appStore.getState()
  const files = [s.activeFile, ...Object.keys(s.files).filter((f) => f !== s.activeFile)]
  return files.flatMap((file) => tunableNumbers(s.files[file] ?? '').map((t) => ({ ...t, file })))
}

/** Sets the number at `path` in `file` (default: the active file, else the first file that has it). */
export async function whatIf(path: string, value: number, file?: string): Promise<void> {
  const targets = whatIfTargets()
  const target = targets.find((t) => t.path === path && (file === undefined || t.file === file))
  if (!target) throw new Error(`No tunable number at "${path}"; there are: ${targets.map((t) => `${t.file}:${t.path}`).join(', ') || 'none'}.`)
  if (!Number.isSafeInteger(value) || value < target.min) throw new Error(`${target.label} must be a whole number of at least ${target.min}.`)
  const text = appStore.getState().files[target.file] ?? ''
  requestMorph()
  // In the editor when it shows the file (its change listener updates the store), as the slider does.
  if (!editInEditor(target.file, target.start, target.end, String(value))) actions.editFile(target.file, withNumber(text, target, value))
  await actions.simulateLive()
  await actions.whenIdle()
}
