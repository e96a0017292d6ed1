import { describe, expect, it } from 'vitest'
import { LESSONS } from '../../scenario/lessons'
import { actions } from '../../state/actions'
import { DEFAULT_SCENARIO } from '../../state/defaultScenario'
import { appStore } from '../../state/store'
import { installPageApi } from './pageApi'

describe('window.__playground', () => {
  it('reports jobs, pods and files as they are at the playhead', async () => {
    const target = {} as Window
    const api = installPageApi(target)
    expect(target.__playground).toBe(api)
    await actions.openScenario('page-api-test', DEFAULT_SCENARIO)
    appStore.getState().markDrawn(appStore.getState().version)
    await api.whenIdle()
    api.seek(Number.MAX_SAFE_INTEGER)
    const end = api.state()
    expect(end.time).toBe(end.end)
    expect(end.jobs).toEqual([{ name: 'demo-job-completion', status: 'Complete', completions: '5/5' }])
    expect(end.pods.map((p) => p.status)).toEqual(Array(5).fill('Completed'))
    expect(end.files['/tmp/data/message.txt']?.split('\n')).toHaveLength(11)
    api.seek(0)
    expect(api.state()).toMatchObject({ time: 0, pods: [], files: {} })
  })

  it('lists the lessons in gallery order, opens one, and reports its checks at the playhead', async () => {
    const target = { location: { href: 'http://127.0.0.1:4173/?lesson=job-suspend' } } as Window
    const api = installPageApi(target)
    expect(api.lessons()).toEqual(LESSONS.map(({ id, title }) => ({ id, title })))
    const opening = api.openLesson('job-parallelism')
    // No timeline draws in this test: wait for the lesson's run, then report it drawn.
    await expect.poll(() => appStore.getState().lessonId === 'job-parallelism' && appStore.getState().status === 'idle').toBe(true)
    appStore.getState().markDrawn(appStore.getState().version)
    await opening
    expect(appStore.getState().lessonId).toBe('job-parallelism')
    api.seek(0)
    expect(api.checks().length).toBeGreaterThan(0)
    expect(api.checks().some((c) => c.passed)).toBe(false)
    api.seek(Number.MAX_SAFE_INTEGER)
    expect(api.checks().filter((c) => c.kind === 'observe').every((c) => c.passed)).toBe(true)
    expect(api.shareUrl()).toMatch(/^http:\/\/127\.0\.0\.1:4173\/\?lesson=job-suspend#s=1\./)
    await expect(api.openLesson('no-such-lesson')).rejects.toThrow('There is no lesson "no-such-lesson".')
  })
})
