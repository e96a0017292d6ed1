// A above B on ONE time scale: both run from 0 to the longer run's end across the same pixels,
// so a moment lines up vertically, and one playhead (the page's) crosses both. The playhead and
// the veils move outside React, as on the main timeline.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { compareStore, isBStale } from '../../state/compare'
import { hasErrors } from '../../state/slices/simulation'
import { appStore } from '../../state/store'
import type { Diagnostic } from '../../worker/simClient'
import { useAppStore } from '../hooks/useAppStore'
import { useElementSize } from '../hooks/useElementSize'
import { timeScale } from '../timeline/timeScale'
import { AXIS_H, CompareLane } from './CompareLane'
import { useCompareStore } from './useCompareStore'

const RIGHT_PAD = 12

const firstError = (d: Diagnostic[], failure: string | null) => {
  if (failure) return `The simulation stopped: ${failure}.`
  const e = d.find((x) => x.severity === 'error')
  return e ? `${e.file}${e.line ? `:${e.line}` : ''} ${e.message}` : null
}

export function CompareTimelines() {
  const traceA = useAppStore((s) => s.trace)
  const diagA = useAppStore((s) => s.diagnostics)
  const failA = useAppStore((s) => s.failure)
  const busyA = useAppStore((s) => s.status === 'running' || s.status === 'scheduled')
  const traceB = useCompareStore((s) => s.trace)
  const diagB = useCompareStore((s) => s.diagnostics)
  const failB = useCompareStore((s) => s.failure)
  const busyB = useCompareStore((s) => s.status === 'running' || s.status === 'scheduled')
  const versionB = useCompareStore((s) => s.version)
  const staleB = useCompareStore(isBStale)

  const box = useRef<HTMLDivElement>(null)
  const line = useRef<HTMLDivElement>(null)
  const veilA = useRef<HTMLDivElement>(null)
  const veilB = useRef<HTMLDivElement>(null)
  const { width } = useElementSize(box)
  const labelWidth = width < 560 ? 132 : 196
  const end = Math.max(traceA?.end ?? 0, traceB?.end ?? 0, 1000)
  const scale = useMemo(() => timeScale([0, end], [labelWidth, Math.max(labelWidth + 1, width - RIGHT_PAD)]), [end, labelWidth, width])

  const place = useCallback(() => {
    const x = scale.x(appStore.getState().time)
    if (line.current) line.current.style.transform = `translateX(${x}px)`
    for (const v of [veilA, veilB]) if (v.current) v.current.style.left = `${Math.max(scale.range[0], Math.min(scale.range[1], x))}px`
  }, [scale])
  useLayoutEffect(place)
  useEffect(() => appStore.subscribe((s, prev) => { if (s.time !== prev.time) place() }), [place])

  // B's run is on screen once its lane has drawn the version the store holds (whenIdle).
  const markB = useCallback(() => {
    const v = compareStore.getState().version
    if (v > compareStore.getState().drawnVersion) compareStore.setState({ drawnVersion: v })
  }, [])
  useEffect(markB, [versionB, markB])

  return (
    <div className="compare-timelines" ref={box}>
      <div className="compare-stack" data-end={end}>
        <CompareLane side="a" title="original" trace={traceA} scale={scale} width={width} labelWidth={labelWidth}
          problem={hasErrors(diagA) || failA ? firstError(diagA, failA) : null} busy={busyA} veil={veilA} onDrawn={() => {}} />
        <CompareLane side="b" title="variant" trace={traceB} scale={scale} width={width} labelWidth={labelWidth}
          problem={staleB ? firstError(diagB, failB) : null} busy={busyB} veil={veilB} onDrawn={markB} />
        <div ref={line} className="timeline-playhead compare-playhead" style={{ top: AXIS_H }}><span className="playhead-handle" /></div>
      </div>
    </div>
  )
}
