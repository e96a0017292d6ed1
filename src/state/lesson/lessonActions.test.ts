// Lessons and links against the real engine (in process): what a `?lesson=` or `#s=` address
// opens, what a bad link falls back to, and that progress and the learner's text survive.
import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_LESSON_ID, lessonById } from '../../scenario/lessons'
import { InProcessSimClient } from '../../worker/inProcessSimClient'
import { createActions } from '../actions'
import { DEFAULT_SCENARIO_ID } from '../defaultScenario'
import { saveFiles, type KeyValueStorage } from '../persistence'
import { setSimClient } from '../simClientProvider'
import { createAppStore } from '../store'
import { checklist } from './checklist'
import { createLessonActions } from './lessonActions'
import { loadProgress, watchProgress } from './progress'

const PAGE = 'http://127.0.0.1:4173/'

function memoryStorage(): KeyValueStorage {
  const m = new Map<string, string>()
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) }
}

function page(storage: KeyValueStorage = memoryStorage()) {
  const store = createAppStore()
  const actions = createActions(store, storage, 0)
  return { store, storage, actions, lessons: createLessonActions(store, storage, actions) }
}

beforeEach(() => setSimClient(new InProcessSimClient()))

describe('opening lessons from the page address', () => {
  it('?lesson= opens that lesson, and every observe check is passed at the end of its run', async () => {
    const { store, lessons } = page()
    await lessons.openFromUrl(`${PAGE}?lesson=job-suspend`)
    const s = store.getState()
    expect(s.lessonId).toBe('job-suspend')
    expect(s.notices).toEqual([])
    expect(Object.keys(s.files)).toEqual(['demo-job-suspend.yaml'])
    const atEnd = checklist(s.timedChecks, s.end)
    const observe = atEnd.filter((c) => c.kind === 'observe')
    expect(observe.map((c) => c.id)).toEqual(lessonById('job-suspend')?.checks.map((c) => c.id))
    expect(observe.every((c) => c.passed)).toBe(true)
    expect(checklist(s.timedChecks, 0).some((c) => c.passed)).toBe(false)
  })

  it('no address opens the default lesson; an unknown id opens it too, with the warning', async () => {
    const { store, lessons } = page()
    await lessons.openFromUrl(`${PAGE}?lesson=no-such-lesson`)
    expect(store.getState().lessonId).toBe(DEFAULT_LESSON_ID)
    expect(store.getState().notices.join(' ')).toContain('There is no lesson "no-such-lesson"')
  })

  it('a malformed or truncated link opens the default lesson and says why', async () => {
    const good = page()
    await good.lessons.openFromUrl(PAGE)
    const url = good.lessons.currentShareUrl(PAGE)!
    for (const bad of [`${PAGE}#s=1.garbage`, url.slice(0, -10)]) {
      const { store, lessons } = page()
      await lessons.openFromUrl(bad)
      expect(store.getState().lessonId).toBe(DEFAULT_LESSON_ID)
      expect(store.getState().notices).toHaveLength(1)
      expect(store.getState().notices[0]).toMatch(/^This link could not be opened\. The link is damaged/)
    }
  })
})

describe('share links', () => {
  it('carry an edited scenario, the playhead and the selected pod to a fresh page', async () => {
    const a = page()
    await a.lessons.openFromUrl(PAGE)
    const file = a.store.getState().activeFile
    a.actions.editFile(file, a.store.getState().files[file]!.replace('completions: 5', 'completions: 2'))
    await a.actions.simulateNow()
    a.store.getState().seek(40_000)
    const pod = a.store.getState().trace!.events.find((e) => e.type === 'pod')
    expect(pod).toBeDefined()
    a.store.setState({ selectedPod: pod?.type === 'pod' ? pod.name : null })
    const url = a.lessons.currentShareUrl(PAGE)!
    expect(url.startsWith(`${PAGE}#s=1.`)).toBe(true)

    const b = page()
    await b.lessons.openFromUrl(url)
    const [sa, sb] = [a.store.getState(), b.store.getState()]
    expect(sb.notices).toEqual([])
    expect(sb.files).toEqual(sa.files)
    expect(sb.steps).toEqual(sa.steps)
    expect(sb.time).toBe(40_000)
    expect(sb.selectedPod).toBe(sa.selectedPod)
    expect(sb.trace?.events).toEqual(sa.trace?.events)
  })
})

describe('the learner’s text and progress', () => {
  it('carries text autosaved under the pre-lesson key into the default lesson', async () => {
    const storage = memoryStorage()
    saveFiles(storage, DEFAULT_SCENARIO_ID, { 'demo-job-completion.yaml': 'kind: Job # mine' })
    const { store, lessons } = page(storage)
    await lessons.openFromUrl(PAGE)
    expect(store.getState().files['demo-job-completion.yaml']).toBe('kind: Job # mine')
  })

  it('"show solution" loads the solution without overwriting the learner’s saved text', async () => {
    const { store, storage, actions, lessons } = page()
    await lessons.openLesson(DEFAULT_LESSON_ID)
    actions.editFile('demo-job-completion.yaml', 'kind: Job # draft')
    await lessons.showSolution()
    expect(store.getState().showingSolution).toBe(true)
    expect(store.getState().files['demo-job-completion.yaml']).toContain('completions: 3')
    const again = page(storage)
    await again.lessons.openLesson(DEFAULT_LESSON_ID)
    expect(again.store.getState().files['demo-job-completion.yaml']).toBe('kind: Job # draft')
  })

  it('remembers the checks the playhead has passed, per lesson', async () => {
    const { store, storage, lessons } = page()
    watchProgress(store, storage)
    await lessons.openLesson('job-suspend')
    expect(loadProgress(storage, 'job-suspend')).toEqual([])
    store.getState().seek(store.getState().end)
    const observeIds = lessonById('job-suspend')!.checks.map((c) => c.id)
    expect(loadProgress(storage, 'job-suspend')).toEqual(expect.arrayContaining(observeIds))
    const again = page(storage)
    await again.lessons.openLesson('job-suspend')
    expect(again.store.getState().seenChecks).toEqual(expect.arrayContaining(observeIds))
  })
})

describe('Reset', () => {
  it('restores the open lesson as shipped, not the default lab', async () => {
    const { store, actions, lessons } = page()
    await lessons.openLesson('job-suspend')
    const shipped = { ...store.getState().files }
    actions.editFile('demo-job-suspend.yaml', 'kind: Job\n')
    await actions.simulateNow()
    await lessons.resetCurrent()
    expect(store.getState().lessonId).toBe('job-suspend')
    expect(store.getState().files).toEqual(shipped)
  })
})

describe('whenIdle while a lesson opens', () => {
  it('waits for the new lesson, not the one on screen (its inputs may need the parser chunk first)', async () => {
    const { store, actions, lessons } = page()
    await lessons.openLesson(DEFAULT_LESSON_ID)
    store.getState().markDrawn(store.getState().version)
    const opening = lessons.openLesson('job-parallelism')
    let idleWhileOpening: string | null = null
    void actions.whenIdle().then(() => { idleWhileOpening = store.getState().lessonId })
    // No timeline draws here: report each run drawn once it is in the store.
    const unsubscribe = store.subscribe((s) => { if (s.status === 'idle' && s.drawnVersion < s.version) s.markDrawn(s.version) })
    await opening
    await actions.whenIdle()
    unsubscribe()
    expect(idleWhileOpening).toBe('job-parallelism')
  })

  it('an unknown lesson leaves the page as it was', async () => {
    const { store, lessons } = page()
    await lessons.openLesson(DEFAULT_LESSON_ID)
    const before = store.getState().status
    expect(await lessons.openLesson('no-such-lesson')).toBe(false)
    expect(store.getState()).toMatchObject({ lessonId: DEFAULT_LESSON_ID, status: before })
  })
})
