// Opening lessons and share links: what the page does with its URL on load, the lesson picker,
// "show solution" and the Share button. Every failure becomes a plain-text notice in the status
// banner and the default lesson opens instead: a link never leaves the page blank.
import { DEFAULT_LESSON_ID, lessonById } from '../../scenario/lessons'
import { decodeCompareFragment, decodeScenarioFragment, encodeScenarioFragment, fromSharedScenario, isCompareFragment, parsePageOptions, shareUrl, toSharedScenario, type SharedScenario } from '../../share'
import type { ScenarioInput } from '../../worker/simClient'
import type { Actions } from '../actions'
import { DEFAULT_SCENARIO_ID } from '../defaultScenario'
import { loadFiles, type KeyValueStorage } from '../persistence'
import { scenarioInput } from '../slices/scenario'
import type { AppStore } from '../store'
import { inputToScenario, lessonInput, sharedToInput, solutionInput } from './lessonInputs'
import { loadProgress } from './progress'

/** Autosave key of a scenario opened from a link: the link's text wins on open, edits go here. */
export const SHARED_SCENARIO_ID = 'shared'

export interface LessonActions {
  /** Opens a lesson (the learner's autosaved text for it, if any); false if the id is unknown. */
  openLesson: (id: string) => Promise<boolean>
  /** Loads the lesson's task solution, without touching the learner's saved text. */
  showSolution: () => Promise<void>
  /** Opens what the page address asks for: a `#s=` link, a `?lesson=`, or the default lesson. */
  openFromUrl: (href: string) => Promise<void>
  /** A link to the scenario as it is now, with playhead and selected pod; null if it cannot be built. */
  currentShareUrl: (href: string) => string | null
  /** Discards the learner's text for what is open and restores it as the lesson shipped it. */
  resetCurrent: () => Promise<void>
}

/** What compare mode lends to links: opening a `#c=` link's B, and sharing both while it is open. */
export interface CompareLinks {
  isOpen: () => boolean
  openWith: (b: ScenarioInput) => Promise<void>
  fragment: (a: SharedScenario) => string | null
}

export function createLessonActions(store: AppStore, storage: KeyValueStorage | null, actions: Actions, compare?: CompareLinks): LessonActions {
  const resetView = () => {
    const s = store.getState()
    s.pause()
    s.seek(0)
    store.setState({ selectedPod: null, selectedJob: null })
  }

  async function openLesson(id: string): Promise<boolean> {
    const lesson = lessonById(id)
    if (!lesson) return false
    // Busy from now: the inputs may need the YAML parser's chunk first, and whenIdle() must not
    // report the page idle (showing the previous lesson) in the meantime.
    const before = store.getState().status
    store.getState().setSimStatus('scheduled')
    const input = await lessonInput(lesson)
    if (!input) {
      store.getState().setSimStatus(before)
      return false
    }
    resetView()
    store.getState().setLesson(id, loadProgress(storage, id))
    // The page opened this lab under another autosave key before lessons existed: carry the
    // learner's text over rather than lose it.
    const legacy = id === DEFAULT_LESSON_ID && !loadFiles(storage, id) ? loadFiles(storage, DEFAULT_SCENARIO_ID) : null
    await actions.openScenario(id, legacy ? { ...input, files: { ...input.files, ...legacy } } : input)
    return true
  }

  async function showSolution(): Promise<void> {
    const { lessonId, seenChecks } = store.getState()
    const lesson = lessonId ? lessonById(lessonId) : undefined
    const input = lesson && (await solutionInput(lesson))
    if (!lesson || !input) return
    resetView()
    store.getState().setLesson(lesson.id, seenChecks, true)
    await actions.openScenario(`${lesson.id}/solution`, input, false)
  }

  /** Null when opened; otherwise the reason the link could not be opened. */
  async function openShared(fragment: string, lessonId: string | undefined): Promise<string | null> {
    // A compare link (`#c=`) opens its A as a share link would, then B beside it.
    const pair = isCompareFragment(fragment) ? decodeCompareFragment(fragment) : null
    if (pair && !pair.ok) return pair.reason
    const decoded = pair?.ok ? { ok: true as const, scenario: pair.a } : decodeScenarioFragment(fragment)
    if (!decoded.ok) return decoded.reason
    const runnable = fromSharedScenario(decoded.scenario)
    if (!runnable.ok) return runnable.reason
    const runnableB = pair?.ok ? fromSharedScenario(pair.b) : null
    if (runnableB && !runnableB.ok) return `Scenario B: ${runnableB.reason}`
    resetView()
    store.getState().setLesson(lessonId ?? null, lessonId ? loadProgress(storage, lessonId) : [])
    await actions.openScenario(SHARED_SCENARIO_ID, sharedToInput(decoded.scenario), false)
    const { playhead, selectedPod } = decoded.scenario
    if (playhead !== undefined) store.getState().seek(playhead)
    if (selectedPod !== undefined) store.setState({ selectedPod })
    if (pair?.ok) await compare?.openWith(sharedToInput(pair.b))
    return null
  }

  async function openFromUrl(href: string): Promise<void> {
    const { options, warnings } = parsePageOptions(href)
    for (const w of warnings) store.getState().addNotice(w)
    if (options.fragment) {
      const problem = await openShared(options.fragment, options.lesson)
      if (problem === null) return
      const fallback = lessonById(DEFAULT_LESSON_ID)?.title ?? DEFAULT_LESSON_ID
      store.getState().addNotice(`This link could not be opened. ${problem} Opening the lesson “${fallback}” instead.`)
      await openLesson(DEFAULT_LESSON_ID)
      return
    }
    if (!(await openLesson(options.lesson ?? DEFAULT_LESSON_ID))) await openLesson(DEFAULT_LESSON_ID)
  }

  function currentShareUrl(href: string): string | null {
    const s = store.getState()
    const scenario = inputToScenario(scenarioInput(s))
    if (!scenario) return null
    const view = { playhead: s.time, ...(s.selectedPod ? { selectedPod: s.selectedPod } : {}) }
    const shared = toSharedScenario(scenario, view)
    const pair = compare?.isOpen() ? compare.fragment(shared) : null
    return shareUrl(href, pair ?? encodeScenarioFragment(shared))
  }

  async function resetCurrent(): Promise<void> {
    const { lessonId, showingSolution, scenarioId } = store.getState()
    const lesson = lessonById(lessonId ?? DEFAULT_LESSON_ID)
    const input = lesson && (await (showingSolution ? solutionInput(lesson) : lessonInput(lesson)))
    if (!input) return
    resetView()
    await actions.resetScenario(scenarioId, input)
  }

  return { openLesson, showSolution, openFromUrl, currentShareUrl, resetCurrent }
}
