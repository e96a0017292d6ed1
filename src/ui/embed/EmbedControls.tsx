// The embed's compact transport: play/pause, a scrub bar, the simulated clock and the speed.
// One row down to ~400 px; the step and jump buttons of the full page are left out (the keyboard
// shortcuts still work when the frame has focus).
import { formatOffset } from '../../sim/kernel/time'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'
import { SpeedSelect } from '../transport/SpeedSelect'
import { Icon } from '../transport/icons'
import { togglePlay } from '../transport/transportActions'

const secs = (ms: number) => formatOffset(Math.floor(ms / 1000) * 1000)

export function EmbedControls() {
  const time = useAppStore((s) => s.time)
  const end = useAppStore((s) => s.end)
  const playing = useAppStore((s) => s.playing)
  const s = appStore.getState()
  return (
    <div className="embed-controls" role="toolbar" aria-label="Playback">
      <button type="button" className="icon-button play" onClick={togglePlay} aria-label={playing ? 'Pause (Space)' : 'Play (Space)'}
        title={playing ? 'Pause (Space)' : 'Play (Space)'}>
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <input className="scrub" type="range" min={0} max={Math.max(end, 1)} step={100} value={time}
        aria-label="Playhead" aria-valuetext={`t = ${secs(time)}`}
        onChange={(e) => { s.pause(); s.seek(Number(e.currentTarget.value)) }} />
      <output className="clock" aria-label="Simulated time" title="Simulated time since the scenario started">
        {secs(time)}<span className="clock-end"> / {secs(end)}</span>
      </output>
      <SpeedSelect />
    </div>
  )
}
