// `kubectl describe pod NAME` as it reads at the playhead, asked of the engine (the page never
// formats describe text itself). One request at a time: while one is out, later playhead moves
// only update what is wanted next, so playing at 1000× costs one run per answer, not per frame.
import { useEffect, useRef, useState } from 'react'
import { actions } from '../../state/actions'

export interface Described {
  pod: string
  /** The simulated ms the text is about. */
  at: number
  text: string | null
}

export function useDescribe(pod: string | null, time: number, version: number): Described | null {
  const [answer, setAnswer] = useState<Described | null>(null)
  const wanted = useRef<{ pod: string; time: number; version: number } | null>(null)
  const busy = useRef(false)
  const live = useRef(true)

  useEffect(() => {
    live.current = true
    return () => {
      live.current = false
    }
  }, [])

  useEffect(() => {
    wanted.current = pod ? { pod, time, version } : null
    const pump = () => {
      const w = wanted.current
      if (busy.current || !w) return
      busy.current = true
      void actions.inspect(w.time, [['describe', 'pod', w.pod]]).then((out) => {
        busy.current = false
        if (!live.current) return
        setAnswer({ pod: w.pod, at: w.time, text: out?.[0] ?? null })
        const next = wanted.current
        if (next && (next.pod !== w.pod || next.time !== w.time || next.version !== w.version)) pump()
      })
    }
    pump()
  }, [pod, time, version])

  return pod && answer?.pod === pod ? answer : null
}
