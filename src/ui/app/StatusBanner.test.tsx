// @vitest-environment jsdom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { appStore } from '../../state/store'
import { StatusBanner } from './StatusBanner'

// React's act() needs to know it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function mount() {
  const host = document.createElement('div')
  const root = createRoot(host)
  act(() => root.render(<StatusBanner />))
  return { host, unmount: () => act(() => root.unmount()) }
}

afterEach(() => act(() => appStore.setState({ failure: null, diagnostics: [], status: 'idle', notices: [] })))

describe('StatusBanner', () => {
  it('says nothing while all is well', () => {
    const { host, unmount } = mount()
    expect(host.textContent).toBe('')
    unmount()
  })

  it('says the simulation stopped and why when the worker crashed, with a way to try again', () => {
    const { host, unmount } = mount()
    act(() => appStore.getState().failSimulation('the simulation worker crashed: boom'))
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('The simulation stopped: the simulation worker crashed: boom.')
    expect(host.textContent).toContain('Your text is safe')
    expect(host.querySelector('button')?.textContent).toBe('try again')
    unmount()
  })

  it('places an invalid field at its file and line', () => {
    const { host, unmount } = mount()
    act(() => appStore.setState({ diagnostics: [{ file: 'job.yaml', line: 7, severity: 'error', message: 'spec.parallelism: Invalid value: -1' }] }))
    expect(host.textContent).toContain('job.yaml:7 spec.parallelism: Invalid value: -1')
    unmount()
  })

  it('shows a page notice as plain text, never as markup, and dismisses it', () => {
    const { host, unmount } = mount()
    act(() => appStore.getState().addNotice('There is no lesson "<img src=x onerror=alert(1)>"; opening the first lesson.'))
    expect(host.textContent).toContain('There is no lesson "<img src=x onerror=alert(1)>"')
    expect(host.querySelector('img')).toBeNull()
    act(() => host.querySelector<HTMLButtonElement>('.page-notices button')?.click())
    expect(host.textContent).toBe('')
    unmount()
  })
})
