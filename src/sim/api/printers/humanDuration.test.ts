import { describe, expect, it } from 'vitest'
import { humanDuration } from './humanDuration'

// Expected values: reference/kubectl-and-kubelet.md §1.4 and checklist item 3, and the seed's
// own AGE/DURATION cells (`2m37s`, `104s`, `6h4m`, `4m21s`).
const S = 1000
const M = 60 * S
const H = 60 * M
const D = 24 * H

describe('humanDuration (HumanDuration)', () => {
  it.each([
    [-2 * S, '<invalid>'], [-500, '0s'], [0, '0s'], [999, '0s'], [59 * S, '59s'], [104 * S, '104s'],
    [119 * S + 999, '119s'], [2 * M, '2m'], [2 * M + 3 * S, '2m3s'], [157 * S, '2m37s'], [261 * S, '4m21s'],
    [9 * M + 59 * S, '9m59s'], [10 * M, '10m'], [65 * M + 30 * S, '65m'], [179 * M, '179m'], [3 * H, '3h'],
    [6 * H + 4 * M, '6h4m'], [7 * H + 59 * M, '7h59m'], [8 * H, '8h'], [47 * H, '47h'], [2 * D, '2d'],
    [3 * D + 5 * H, '3d5h'], [7 * D + 23 * H, '7d23h'], [8 * D, '8d'], [400 * D, '400d'],
    [2 * 365 * D, '2y'], [3 * 365 * D + 7 * D, '3y7d'], [9 * 365 * D, '9y'],
  ])('%i ms → %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text)
  })
})
