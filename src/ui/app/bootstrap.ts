// Starts the page: installs the automation API, then opens the default lab (restoring the
// learner's autosaved text for it, if any) and simulates it.
import { actions } from '../../state/actions'
import { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID } from '../../state/defaultScenario'
import { installPageApi } from './pageApi'

export function startPlayground(): void {
  installPageApi()
  void actions.openScenario(DEFAULT_SCENARIO_ID, DEFAULT_SCENARIO)
}
