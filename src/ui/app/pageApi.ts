// `window.__playground`: the page's automation surface (e2e tests, the embed host, scripts).
// Always present. Everything it reports is what the page shows at the playhead.
import { actions } from '../../state/actions'
import { fileText, filesAt } from '../../state/selectors/filesAt'
import { jobsAt, podsAt } from '../../state/selectors/objectsAt'
import { appStore } from '../../state/store'

export interface PlaygroundSnapshot {
  time: number
  end: number
  jobs: { name: string; status: string; completions: string }[]
  pods: { name: string; status: string; ready: string; restarts: number }[]
  /** hostPath files by node path, as they are at the playhead. */
  files: Record<string, string>
}

export interface PlaygroundApi {
  /** Resolves when no simulation is pending and the timeline has drawn the latest result. */
  whenIdle(): Promise<void>
  /** Replaces the active file's text and re-simulates. */
  load(yamlText: string): Promise<void>
  play(): void
  pause(): void
  seek(ms: number): void
  setSpeed(x: number): void
  state(): PlaygroundSnapshot
  /** Runs a kubectl command at the playhead (as a scenario step); resolves with its output. */
  run(commandLine: string): Promise<string>
}

declare global {
  interface Window {
    __playground: PlaygroundApi
  }
}

export function snapshot(): PlaygroundSnapshot {
  const s = appStore.getState()
  const trace = s.trace
  if (!trace) return { time: s.time, end: s.end, jobs: [], pods: [], files: {} }
  const files: Record<string, string> = {}
  for (const [path, view] of Object.entries(filesAt(trace, s.time))) files[path] = fileText(view)
  return {
    time: s.time,
    end: s.end,
    jobs: jobsAt(trace, s.time).map(({ name, status, completions }) => ({ name, status, completions })),
    pods: podsAt(trace, s.time).map(({ name, status, ready, restarts }) => ({ name, status, ready, restarts })),
    files,
  }
}

export function installPageApi(target: Window = window): PlaygroundApi {
  const api: PlaygroundApi = {
    whenIdle: actions.whenIdle,
    async load(yamlText) {
      const s = appStore.getState()
      actions.editFile(s.activeFile, yamlText)
      await actions.simulateNow()
      await actions.whenIdle()
    },
    play: () => appStore.getState().play(),
    pause: () => appStore.getState().pause(),
    seek: (ms) => appStore.getState().seek(ms),
    setSpeed: (x) => appStore.getState().setSpeed(x),
    state: snapshot,
    async run(commandLine) {
      const event = await actions.runCommand(commandLine)
      await actions.whenIdle()
      return event?.output ?? ''
    },
  }
  target.__playground = api
  return api
}
