// `window.__playground`: the page's automation surface (e2e tests, the embed host, scripts).
// Always present. Everything it reports is what the page shows at the playhead.
import type { CheckResult } from '../../scenario/checks'
import { lessonList } from '../../scenario/lessons'
import { actions } from '../../state/actions'
import { checklist, lessonActions } from '../../state/lesson'
import { fileText, filesAt } from '../../state/selectors/filesAt'
import { jobsAt, podsAt } from '../../state/selectors/objectsAt'
import { appStore } from '../../state/store'
import { compareSnapshot, type CompareSnapshot } from '../compare/compareApi'

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
  /** Every lesson, in gallery order. */
  lessons(): { id: string; title: string }[]
  /** The current lesson's checks (observe, then task) and whether each is passed at the playhead. */
  checks(): CheckResult[]
  /** A link to the scenario as it is now, with the playhead and selected pod. */
  shareUrl(): string
  /** Opens a lesson and resolves when it is drawn; rejects for an unknown id. */
  openLesson(id: string): Promise<void>
  /** Compare mode (A vs B): open or not, both runs' ends and the outcome diff rows. */
  compare(): CompareSnapshot
  /** Sets a tunable number (`spec.parallelism`, a `sleep N` as `…args.0#sleep0`) in `file` (default:
   * the active file, else the first that has it) the way the what-if slider does: re-simulates at
   * once; resolves when the run is drawn. */
  whatIf(path: string, value: number, file?: string): Promise<void>
  /** Every file's tunable numbers (the active file's first): file, path, label, value, slider range. */
  whatIfTargets(): Promise<{ file: string; path: string; label: string; value: number; min: number; max: number }[]>
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
    lessons: lessonList,
    checks: () => checklist(appStore.getState().timedChecks, appStore.getState().time),
    shareUrl: () => lessonActions.currentShareUrl(target.location.href) ?? '',
    compare: compareSnapshot,
    async openLesson(id) {
      if (!(await lessonActions.openLesson(id))) throw new Error(`There is no lesson "${id}".`)
      await actions.whenIdle()
    },
    // Loaded on demand: the what-if code parses YAML, which the first paint never does.
    whatIf: async (path, value, file) => (await import('../editor/whatIf/whatIfApi')).whatIf(path, value, file),
    whatIfTargets: async () => (await import('../editor/whatIf/whatIfApi')).whatIfTargets()
      .map(({ file, path, label, value, min, max }) => ({ file, path, label, value, min, max })),
  }
  target.__playground = api
  return api
}
