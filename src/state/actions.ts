// Module-level actions: the only code that talks to the SimClient. Edits re-simulate after a
// short debounce; results that arrive after a newer request was made are dropped, so the screen
// always matches the latest text.
import { formatOffset } from '../sim/kernel/time'
import type { CommandEvent } from '../sim/trace/events'
import type { ScenarioInput, SimResult } from '../worker/simClient'
import { browserStorage, clearFiles, loadFiles, saveFiles, type KeyValueStorage } from './persistence'
import { latestWins } from './latestWins'
import { getSimClient } from './simClientProvider'
import { scenarioInput } from './slices/scenario'
import { appStore, type AppStore } from './store'

export const EDIT_DEBOUNCE_MS = 300

export interface Actions {
  /** Loads a scenario; with `restore` (the default) the learner's autosaved text for `id` wins. */
  openScenario: (id: string, input: ScenarioInput, restore?: boolean) => Promise<void>
  /** Forgets the learner's saved text for this scenario and reopens it as shipped. */
  resetScenario: (id: string, input: ScenarioInput) => Promise<void>
  editFile: (file: string, text: string) => void
  simulateNow: () => Promise<SimResult | null>
  /** For live edits (the what-if slider): re-simulates now instead of after the debounce, with at
   * most one run in flight; requests made meanwhile collapse into one run of the latest text. */
  simulateLive: () => Promise<void>
  runCommand: (commandLine: string) => Promise<CommandEvent | null>
  /** Read-only kubectl commands (argv without `kubectl`) at simulated `at` of the current inputs;
   * null when the client cannot inspect or failed (the caller shows that, nothing else breaks). */
  inspect: (at: number, commands: string[][]) => Promise<string[] | null>
  whenIdle: () => Promise<void>
}

export function createActions(store: AppStore, storage: KeyValueStorage | null, debounceMs = EDIT_DEBOUNCE_MS): Actions {
  let timer: ReturnType<typeof setTimeout> | null = null
  let generation = 0

  async function simulateNow(): Promise<SimResult | null> {
    if (timer) clearTimeout(timer)
    timer = null
    const mine = ++generation
    store.getState().setSimStatus('running')
    try {
      const result = await getSimClient().simulate(scenarioInput(store.getState()))
      if (mine !== generation) return null
      store.getState().applyResult(result)
      store.getState().setEnd(store.getState().trace?.end ?? 0)
      return result
    } catch (err) {
      if (mine === generation) store.getState().failSimulation(err instanceof Error ? err.message : String(err))
      return null
    }
  }

  function schedule() {
    if (timer) clearTimeout(timer)
    store.getState().setSimStatus('scheduled')
    timer = setTimeout(() => void simulateNow(), debounceMs)
  }

  const live = latestWins(() => simulateNow())

  return {
    simulateNow,
    simulateLive() {
      if (timer) clearTimeout(timer)
      timer = null
      return live()
    },
    async openScenario(id, input, restore = true) {
      const saved = restore ? loadFiles(storage, id) : null
      store.getState().loadScenario(id, saved ? { ...input, files: { ...input.files, ...saved } } : input)
      await simulateNow()
    },
    async resetScenario(id, input) {
      clearFiles(storage, id)
      store.getState().loadScenario(id, input)
      await simulateNow()
    },
    editFile(file, text) {
      const s = store.getState()
      if (s.files[file] === text) return
      s.setFileText(file, text)
      saveFiles(storage, s.scenarioId, store.getState().files)
      schedule()
    },
    async runCommand(commandLine) {
      const at = store.getState().time
      store.getState().addStep({ at: formatOffset(at), run: commandLine })
      const result = await simulateNow()
      const commands = (result?.trace.events ?? []).filter((e): e is CommandEvent => e.type === 'command' && e.command === commandLine)
      return commands.find((c) => c.startedAt >= at) ?? commands.at(-1) ?? null
    },
    async inspect(at, commands) {
      const client = getSimClient()
      if (!client.inspect) return null
      try {
        return await client.inspect(scenarioInput(store.getState()), at, commands)
      } catch {
        return null
      }
    },
    whenIdle: () => new Promise<void>((resolve) => {
      const idle = () => {
        const s = store.getState()
        return s.status === 'error' || (s.status === 'idle' && s.drawnVersion >= s.version)
      }
      if (idle()) return resolve()
      const unsubscribe = store.subscribe(() => {
        if (!idle()) return
        unsubscribe()
        resolve()
      })
    }),
  }
}

export const actions = createActions(appStore, browserStorage())
