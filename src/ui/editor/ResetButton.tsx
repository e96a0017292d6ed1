// Puts the open lesson back as it shipped. Asks first: this is the one action that discards the
// learner's text.
import { lessonActions } from '../../state/lesson'

export function ResetButton() {
  const reset = () => {
    if (window.confirm('Discard your changes and restore the lab as it shipped?')) void lessonActions.resetCurrent()
  }
  return <button type="button" className="tab-action" onClick={reset} title="Restore the lab's original files">Reset</button>
}
