import { describe, expect, it } from 'vitest'
import { lessonById } from '../../scenario/lessons'
import { lessonScenario } from '../../scenario/lessons/scenarioOf'
import { runScenario } from '../../scenario/run'
import { parseFrameMessage, type FrameMessage } from '../../share/embed'
import { createAppStore } from '../../state/store'
import { startBridge, type BridgeDeps, type LoadCommand } from './bridge'

const parsed = lessonScenario(lessonById('job-completions')!)
if (!parsed.ok) throw new Error(parsed.problem.message)
const trace = runScenario(parsed.scenario).trace
const OWN = 'https://play.example'

/** A bridge on a fresh store with a fake parent window that records what it was sent. */
function setup(over: Partial<BridgeDeps> = {}) {
  const store = createAppStore()
  store.getState().applyResult({ trace, diagnostics: [] })
  store.getState().setEnd(trace.end)
  const sent: { message: FrameMessage; target: string }[] = []
  const parent = { postMessage: (m: unknown, target: string) => void sent.push({ message: parseFrameMessage(m)!, target }) }
  let handler: Parameters<BridgeDeps['listen']>[0] = () => {}
  const loads: LoadCommand[] = []
  const bridge = startBridge({
    receiver: { frame: 'left', ownOrigin: OWN, allowedOrigins: [] },
    targets: [OWN],
    parent,
    listen: (h) => { handler = h; return () => { handler = () => {} } },
    store,
    load: async (c) => { loads.push(c); return c.type === 'load' && 'lesson' in c && c.lesson === 'nope' ? 'There is no lesson "nope".' : null },
    ...over,
  })
  const send = (data: unknown, origin = OWN, source: unknown = parent) => handler({ data, origin, source: source as MessageEventSource })
  const types = () => sent.map((s) => s.message.type)
  return { store, sent, bridge, send, loads, types, parent }
}
const cmd = (body: object, frame = 'left') => ({ target: 'jobs-playground', frame, ...body })

describe('the embed bridge', () => {
  it('announces ready then state, to the chosen target origin, scoped to its frame', () => {
    const { bridge, sent } = setup()
    bridge.announce()
    expect(sent.map((s) => [s.message.type, s.message.frame, s.target])).toEqual([['ready', 'left', OWN], ['state', 'left', OWN]])
  })

  it('obeys play, seek, setSpeed and pause from its host, and reports each as state', () => {
    const { bridge, send, store, sent, types } = setup()
    bridge.announce()
    sent.length = 0
    send(cmd({ type: 'setSpeed', speed: 100 }))
    send(cmd({ type: 'play' }))
    expect(store.getState()).toMatchObject({ speed: 100, playing: true })
    send(cmd({ type: 'pause' }))
    send(cmd({ type: 'seek', time: 60_000 }))
    expect(store.getState().time).toBe(60_000)
    expect(types().filter((t) => t === 'state')).toHaveLength(4)
    // The forward seek passed the first pod's whole life and the Job's 1/5.
    expect(sent.some((s) => s.message.type === 'job' && s.message.completions === '1/5')).toBe(true)
  })

  it('ignores other frames, foreign origins, other windows and junk', () => {
    const { bridge, send, store, sent } = setup()
    bridge.announce()
    sent.length = 0
    send(cmd({ type: 'play' }, 'right'))
    send(cmd({ type: 'play' }), 'https://evil.example')
    send(cmd({ type: 'play' }), OWN, { postMessage() {} })
    send({ type: 'play' })
    send(cmd({ type: 'seek', time: -5 }))
    expect(store.getState().playing).toBe(false)
    expect(sent).toEqual([])
  })

  it('answers load with ready, or with an error and no change', async () => {
    const { bridge, send, loads, types, sent } = setup()
    bridge.announce()
    sent.length = 0
    send(cmd({ type: 'load', lesson: 'nope' }))
    await Promise.resolve()
    await Promise.resolve()
    expect(types()).toEqual(['error'])
    send(cmd({ type: 'load', lesson: 'job-suspend' }))
    await new Promise((r) => setTimeout(r, 0))
    expect(loads.map((l) => ('lesson' in l ? l.lesson : ''))).toEqual(['nope', 'job-suspend'])
    expect(types()).toEqual(['error', 'ready', 'state'])
  })

  it('posts resize only when the height changes, and nothing at all outside a frame', () => {
    const { bridge, types } = setup()
    bridge.reportHeight(480.2)
    bridge.reportHeight(480.6)
    bridge.reportHeight(512)
    expect(types()).toEqual(['resize', 'resize'])
    const alone = setup({ parent: null })
    alone.bridge.announce()
    alone.bridge.reportHeight(100)
    expect(alone.sent).toEqual([])
  })
})
