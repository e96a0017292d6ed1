// Play/pause, step, jump, speed, a scrub bar, and the two clocks: simulated time since the
// start (`t = 4m21s`) and the wall clock the pods see (what busybox `date` prints).
import { formatOffset } from '../../sim/kernel/time'
import { busyboxDate } from '../../state/wallClock'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'
import { NarrationStepper } from '../narration/NarrationStepper'
import { SpeedSelect } from './SpeedSelect'
import { Icon } from './icons'
import { stepToEvent, togglePlay } from './transportActions'

export const clockText = (ms: number) => `t = ${formatOffset(Math.floor(ms / 1000) * 1000)}`

export function Transport() {
  const time = useAppStore((s) => s.time)
  const end = useAppStore((s) => s.end)
  const playing = useAppStore((s) => s.playing)
  const startTime = useAppStore((s) => s.trace?.startTime ?? null)
  const s = appStore.getState()
  return (
    <div className="transport" role="toolbar" aria-label="Playback">
      <div className="button-group">
        <button type="button" onClick={() => s.seek(0)} aria-label="Jump to start (Home)" title="Jump to start (Home)"><Icon name="start" /></button>
        <button type="button" onClick={() => stepToEvent(-1)} aria-label="Previous event (←)" title="Previous event (←)"><Icon name="prev" /></button>
        <button type="button" className="play" onClick={togglePlay} aria-label={playing ? 'Pause (Space)' : 'Play (Space)'} title={playing ? 'Pause (Space)' : 'Play (Space)'}>
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" onClick={() => stepToEvent(1)} aria-label="Next event (→)" title="Next event (→)"><Icon name="next" /></button>
        <button type="button" onClick={() => s.seek(s.end)} aria-label="Jump to end (End)" title="Jump to end (End)"><Icon name="end" /></button>
      </div>
      <NarrationStepper />
      <input className="scrub" type="range" min={0} max={Math.max(end, 1)} step={100} value={time}
        aria-label="Playhead" aria-valuetext={clockText(time)}
        onChange={(e) => { s.pause(); s.seek(Number(e.currentTarget.value)) }} />
      <output className="clock" aria-label="Simulated time" title={`${formatOffset(time)} of ${formatOffset(end)}`}>
        {clockText(time)}<span className="clock-end"> / {formatOffset(Math.floor(end / 1000) * 1000)}</span>
      </output>
      {startTime && <span className="wallclock" title="The wall clock the pods see (busybox date)">{busyboxDate(startTime, time)}</span>}
      <SpeedSelect />
    </div>
  )
}
