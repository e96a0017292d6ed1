// Compare mode's actions: open and close it, edit B, make B from a preset, and simulate B. B is
// simulated through the page's SimClient like A (the worker answers requests in order and never
// drops one, so A's and B's runs do not disturb each other), with its own generation counter so
// a stale B result is dropped exactly as a stale A result is. B always runs on A's seed.
import type { SharedScenario } from '../../share/scenarioLink'
import { encodeCompareFragment } from '../../share/compareLink'
import { toSharedScenario } from '../../share/sharedScenario'
import type { ScenarioInput, SimClient } from '../../worker/simClient'
import { inputToScenario } from '../lesson/lessonInputs'
import { loadFiles, saveFiles, type KeyValueStorage } from '../persistence'
import { scenarioInput } from '../slices/scenario'
import type { AppStore } from '../store'
import { initialCompare, withResult, type CompareStore, type Side } from './compareStore'
import type { Preset } from './presets'

/** Autosave key of B, one per A scenario (B is a variant of what A is). */
export const compareSaveId = (scenarioId: string) => `compare-b/${scenarioId}`

export interface CompareActions {
  /** Opens compare mode; B is the learner's saved B for this scenario, else a copy of A. */
  open: () => Promise<void>
  /** Opens compare mode with this B (a compare link); its seed is replaced by A's. */
  openWith: (b: ScenarioInput) => Promise<void>
  /** Back to A alone; A is untouched, B stays saved for next time. */
  close: () => void
  setSide: (side: Side) => void
  setActiveFile: (file: string) => void
  editFile: (file: string, text: string) => void
  applyPreset: (preset: Preset) => Promise<void>
  /** B becomes a copy of A again. */
  copyA: () => Promise<void>
  simulateNow: () => Promise<void>
  /** The `#c=` fragment for A (as the share link would carry it) and B; null if B cannot be read. */
  fragment: (a: SharedScenario) => string | null
  whenIdle: () => Promise<void>
}

export function createCompareActions(app: AppStore, cmp: CompareStore, storage: KeyValueStorage | null,
  client: () => SimClient, debounceMs = 300): CompareActions {
  let timer: ReturnType<typeof setTimeout> | null = null
  let generation = 0

  /** B's inputs: B's text and steps on A's seed, start time and nodes. */
  const inputB = (): ScenarioInput => ({ ...scenarioInput(app.getState()), files: cmp.getState().files, steps: cmp.getState().steps })

  async function simulateNow(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    const mine = ++generation
    cmp.setState({ status: 'running' })
    try {
      const result = await client().simulate(inputB())
      if (mine !== generation || !cmp.getState().open) return
      cmp.setState(withResult(cmp.getState(), result))
    } catch (err) {
      if (mine === generation) cmp.setState({ status: 'error', failure: err instanceof Error ? err.message : String(err), version: cmp.getState().version + 1 })
    }
  }

  function schedule() {
    if (timer) clearTimeout(timer)
    cmp.setState({ status: 'scheduled' })
    timer = setTimeout(() => void simulateNow(), debounceMs)
  }

  function setB(files: Record<string, string>, steps: ScenarioInput['steps']) {
    const active = cmp.getState().activeFile
    cmp.setState({ files: { ...files }, steps: steps.map((s) => ({ ...s })), activeFile: active in files ? active : (Object.keys(files)[0] ?? '') })
    saveFiles(storage, compareSaveId(app.getState().scenarioId), files)
  }

  // The playhead spans the longer of the two runs while comparing (A's end again on close).
  // Outside compare mode the page's end is left to whoever set it.
  const syncEnd = () => {
    const a = app.getState()
    const c = cmp.getState()
    if (!c.open) return
    const end = Math.max(a.trace?.end ?? 0, c.trace?.end ?? 0)
    if (a.end !== end) a.setEnd(end)
  }
  cmp.subscribe(syncEnd)
  app.subscribe((s, prev) => {
    // B is a variant of the scenario on screen: another scenario (a lesson, a link) ends it.
    if (s.scenarioId !== prev.scenarioId && cmp.getState().open) close()
    else if (cmp.getState().open && (s.seed !== prev.seed || s.startTime !== prev.startTime || s.nodes !== prev.nodes)) schedule()
    if (s.end !== prev.end || s.trace !== prev.trace) syncEnd()
  })

  function close() {
    if (timer) clearTimeout(timer)
    timer = null
    generation++
    const wasOpen = cmp.getState().open
    cmp.setState({ ...initialCompare, version: cmp.getState().version, drawnVersion: cmp.getState().drawnVersion })
    const a = app.getState()
    if (wasOpen && a.trace) a.setEnd(a.trace.end)
  }

  async function openWith(b: ScenarioInput) {
    cmp.setState({ open: true, side: 'a', trace: null, diagnostics: [], failure: null })
    setB(b.files, b.steps)
    await simulateNow()
  }

  return {
    open: () => {
      const a = app.getState()
      const saved = loadFiles(storage, compareSaveId(a.scenarioId))
      return openWith({ ...scenarioInput(a), files: saved ?? a.files })
    },
    openWith,
    close,
    setSide: (side) => cmp.setState({ side }),
    setActiveFile: (file) => {
      if (file in cmp.getState().files) cmp.setState({ activeFile: file })
    },
    editFile(file, text) {
      const c = cmp.getState()
      if (!c.open || c.files[file] === text) return
      setB({ ...c.files, [file]: text }, c.steps)
      schedule()
    },
    async applyPreset(preset) {
      setB(preset.files, app.getState().steps)
      cmp.setState({ side: 'b' })
      await simulateNow()
    },
    async copyA() {
      const a = app.getState()
      setB(a.files, a.steps)
      await simulateNow()
    },
    simulateNow,
    fragment(aShared) {
      const b = inputToScenario(inputB())
      return b ? encodeCompareFragment(aShared, toSharedScenario(b)) : null
    },
    whenIdle: () => new Promise<void>((resolve) => {
      const idle = () => {
        const c = cmp.getState()
        return !c.open || c.status === 'error' || (c.status === 'idle' && c.drawnVersion >= c.version)
      }
      if (idle()) return resolve()
      const unsubscribe = cmp.subscribe(() => {
        if (!idle()) return
        unsubscribe()
        resolve()
      })
    }),
  }
}
