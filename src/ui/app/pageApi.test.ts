import { describe, expect, it } from 'vitest'
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
})
