// The speed picker both transports use: the usual speeds, plus the current one when a link or
// an embed option set another (`speed=37`), so the select never shows a value it does not have.
import { SPEEDS } from '../../state/slices/playback'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'

export function SpeedSelect() {
  const speed = useAppStore((s) => s.speed)
  return (
    <label className="speed">
      <span className="visually-hidden">Speed</span>
      <select value={speed} onChange={(e) => appStore.getState().setSpeed(Number(e.currentTarget.value))} title="Simulated seconds per real second">
        {SPEEDS.map((x) => <option key={x} value={x}>{x}×</option>)}
        {!SPEEDS.includes(speed as (typeof SPEEDS)[number]) && <option value={speed}>{speed}×</option>}
      </select>
    </label>
  )
}
