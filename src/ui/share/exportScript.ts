// "Export script": the scenario on screen as a bash script for a real cluster
// (scenario/export/toShellScript), downloaded as `<lesson-or-scenario>.sh`. Built in the page
// from a Blob; nothing goes over the network. Loaded on demand from the Share popover.
import { parseStepTime } from '../../scenario/duration'
import { toShellScript } from '../../scenario/export/toShellScript'
import { lessonById } from '../../scenario/lessons'
import { isStale } from '../../state/slices/simulation'
import { appStore } from '../../state/store'

/** The script for the scenario as it is now, and the file name to save it under. */
export function currentScript(): { name: string; text: string } {
  const s = appStore.getState()
  const lesson = s.lessonId ? lessonById(s.lessonId) : undefined
  const id = lesson?.id ?? (s.scenarioId || 'scenario')
  const steps = s.steps.flatMap((step) => {
    const at = parseStepTime(step.at)
    return at.ok ? [{ at: at.value, run: step.run }] : []
  })
  // A trace kept from before a broken edit is not this scenario's run: leave the expectations out.
  const trace = isStale(s) ? null : s.trace
  const text = toShellScript({
    title: lesson?.title ?? id, seed: s.seed, trace,
    scenario: { files: s.files, steps, ...(s.nodes !== undefined ? { nodes: s.nodes } : {}) },
  })
  return { name: `${id.replace(/[^A-Za-z0-9._-]+/g, '-')}.sh`, text }
}

export function downloadScript(): void {
  const { name, text } = currentScript()
  const url = URL.createObjectURL(new Blob([text], { type: 'text/x-shellscript' }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  // The click has started the download; the URL can go once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
