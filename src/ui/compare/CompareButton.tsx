// The top bar's Compare button: opens compare mode with B as the learner's saved B for this
// scenario (or a copy of A), and closes it again.
import { compareActions } from '../../state/compare'
import { useCompareStore } from './useCompareStore'

export function CompareButton() {
  const open = useCompareStore((s) => s.open)
  return (
    <button type="button" className="small-button" aria-pressed={open} title={open ? 'Back to one scenario (Esc)' : 'Compare this scenario with a variant of it'}
      onClick={() => void (open ? compareActions.close() : compareActions.open())}>Compare</button>
  )
}
