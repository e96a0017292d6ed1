// Puts the lab back as it shipped. Asks first: this is the one action that discards the
// learner's text.
import { actions } from '../../state/actions'
import { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID } from '../../state/defaultScenario'

export function ResetButton() {
  const reset = () => {
    if (window.confirm('Discard your changes and restore the lab as it shipped?')) void actions.resetScenario(DEFAULT_SCENARIO_ID, DEFAULT_SCENARIO)
  }
  return <button type="button" className="tab-action" onClick={reset} title="Restore the lab's original files">Reset</button>
}
