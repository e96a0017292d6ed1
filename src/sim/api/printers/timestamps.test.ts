import { describe, expect, it } from 'vitest'
import { durationBetween, translateTimestampSince, wholeSecond } from './timestamps'

// Expected values: reference/kubectl-and-kubelet.md §1.4 (HumanDuration) and printers.go
// translateTimestampSince (`<unknown>` for a zero time).
describe('translateTimestampSince', () => {
  it('prints <unknown> for an unset time', () => {
    expect(translateTimestampSince(undefined, 5000)).toBe('<unknown>')
  })

  it('measures from the whole second the API stored', () => {
    expect(wholeSecond(1700)).toBe(1000)
    // created at 0.7 s (stored as 0 s), asked at 1.2 s: one whole second has passed
    expect(translateTimestampSince(700, 1200)).toBe('1s')
    expect(translateTimestampSince(0, 261_000)).toBe('4m21s')
  })

  it('prints 0s just after creation and <invalid> for times more than a second ahead', () => {
    expect(translateTimestampSince(10_000, 10_000)).toBe('0s')
    expect(translateTimestampSince(40_000, 10_000)).toBe('<invalid>')
  })

  it('measures a finished span between two stored times', () => {
    // seed "Lab: Job": Start 14:46:39, Completed At 14:46:45, Duration 6s
    expect(durationBetween(39_400, 45_100)).toBe('6s')
  })
})
