// Compare links through the page's own path (lessonActions.openFromUrl, currentShareUrl), on the
// real engine in process: a `#c=` address opens A and B, a damaged one says why where a damaged
// share link does, and Share while comparing gives a `#c=` link back.
import { describe, expect, it } from 'vitest'
import { encodeCompareFragment, type SharedScenario } from '../../share'
import { InProcessSimClient } from '../../worker/inProcessSimClient'
import { createActions } from '../actions'
import { createLessonActions } from '../lesson/lessonActions'
import { memoryStorage } from '../persistence'
import { setSimClient } from '../simClientProvider'
import { createAppStore } from '../store'
import { createCompareActions } from './compareActions'
import { createCompareStore } from './compareStore'

const PAGE = 'http://127.0.0.1:4173/'

const failing = (policy: string): SharedScenario => ({
  files: { 'job.yaml': `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: demo\nspec:\n  backoffLimit: 2\n  template:\n    spec:\n      restartPolicy: ${policy}\n      containers:\n        - name: busybox\n          image: busybox\n          command: ["sh", "-c", "echo trying; exit 1"]\n` },
  steps: [{ at: '0s', run: 'kubectl apply -f job.yaml' }],
  seed: 3,
})

function page() {
  const client = new InProcessSimClient()
  setSimClient(client)
  const storage = memoryStorage()
  const store = createAppStore()
  const actions = createActions(store, storage, 0)
  const cmp = createCompareStore()
  const compare = createCompareActions(store, cmp, storage, () => client, 0)
  const lessons = createLessonActions(store, storage, actions, { isOpen: () => cmp.getState().open, openWith: compare.openWith, fragment: compare.fragment })
  return { store, cmp, lessons }
}

describe('compare links on the page', () => {
  it('open A on the page and B beside it, B on A\'s seed', async () => {
    const { store, cmp, lessons } = page()
    await lessons.openFromUrl(`${PAGE}${encodeCompareFragment(failing('Never'), { ...failing('OnFailure'), seed: 11 })}`)
    expect(store.getState().notices).toEqual([])
    expect(store.getState().files['job.yaml']).toContain('restartPolicy: Never')
    expect(cmp.getState()).toMatchObject({ open: true, files: failing('OnFailure').files })
    expect(cmp.getState().trace?.seed).toBe(3)
    // The restart-policy lesson's numbers: Never fails ~41 s in, OnFailure ~28 s in; the playhead
    // spans the longer run.
    expect(store.getState().end).toBe(Math.max(store.getState().trace!.end, cmp.getState().trace!.end))
  })

  it('explain a damaged compare link where a damaged share link is explained, and open the default lesson', async () => {
    const { store, cmp, lessons } = page()
    const [head, pa, pb] = encodeCompareFragment(failing('Never'), failing('OnFailure')).split('.')
    await lessons.openFromUrl(`${PAGE}${head}.${pa}.${pb!.slice(0, 16)}`)
    expect(store.getState().notices).toEqual([expect.stringMatching(/^This link could not be opened\. Scenario B: The link is damaged or cut short: its scenario cannot be unpacked\. Opening the lesson “.+” instead\.$/)])
    expect(store.getState().lessonId).not.toBeNull()
    expect(cmp.getState().open).toBe(false)
  })

  it('share a compare link while comparing that opens the same two scenarios', async () => {
    const first = page()
    await first.lessons.openFromUrl(`${PAGE}${encodeCompareFragment(failing('Never'), failing('OnFailure'))}`)
    const url = first.lessons.currentShareUrl(PAGE)!
    expect(url).toMatch(/#c=1\./)
    const second = page()
    await second.lessons.openFromUrl(url)
    expect(second.store.getState().files).toEqual(failing('Never').files)
    expect(second.cmp.getState().files).toEqual(failing('OnFailure').files)
  })
})
