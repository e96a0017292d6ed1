// The host's `load` command: a lesson id, a `#s=` share fragment or scenario YAML. Each is
// checked before anything changes, so a bad one leaves the embed as it was and becomes an
// `error` for the host; a good one opens through the same actions as the full page.
import { decodeScenarioFragment, fromSharedScenario, toSharedScenario } from '../../share'
import { actions } from '../../state/actions'
import { lessonActions } from '../../state/lesson'
import { sharedToInput } from '../../state/lesson/lessonInputs'
import { appStore } from '../../state/store'
import type { LoadCommand } from './bridge'

/** Autosave id of a scenario the host sent as YAML (kept in the embed's memory storage). */
export const HOST_SCENARIO_ID = 'embed-host'

export async function runLoad(command: LoadCommand): Promise<string | null> {
  if ('lesson' in command) {
    return (await lessonActions.openLesson(command.lesson)) ? null : `There is no lesson "${command.lesson.slice(0, 60)}".`
  }
  if ('fragment' in command) {
    const decoded = decodeScenarioFragment(command.fragment)
    if (!decoded.ok) return `The link could not be opened. ${decoded.reason}`
    const runnable = fromSharedScenario(decoded.scenario)
    if (!runnable.ok) return `The link could not be opened. ${runnable.reason}`
    // Known good: open it exactly as a page address with that fragment would be opened.
    await lessonActions.openFromUrl(`?embed=1${command.fragment}`)
    return null
  }
  // The YAML parser is its own chunk: the embed's first paint never waits for it.
  const { parseScenario } = await import('../../scenario/scenario')
  const parsed = parseScenario(command.yaml, 'scenario.yaml')
  if (!parsed.ok) {
    const p = parsed.problem
    return `${p.file}${p.line ? `:${p.line}` : ''} ${p.message}`
  }
  const s = appStore.getState()
  s.pause()
  s.seek(0)
  s.setLesson(null, [])
  appStore.setState({ selectedPod: null })
  await actions.openScenario(HOST_SCENARIO_ID, sharedToInput(toSharedScenario(parsed.scenario)), false)
  return null
}
