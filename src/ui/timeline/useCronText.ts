// A CronJob schedule in words ("Every 2 minutes"), by cronstrue. Loaded on first use only: most
// runs have no CronJob, and the hover card can show the schedule itself until the words arrive.
import { useEffect, useState } from 'react'

type Describe = (schedule: string) => string

let loading: Promise<Describe> | null = null
const load = (): Promise<Describe> => {
  loading ??= import('cronstrue').then((m) => (s: string) => m.default.toString(s, { use24HourTimeFormat: true, verbose: false }))
  return loading
}

export function useCronText(schedule: string | undefined): string | null {
  const [text, setText] = useState<{ schedule: string; words: string } | null>(null)
  useEffect(() => {
    if (!schedule) return
    let live = true
    void load().then((describe) => {
      let words: string
      try {
        words = describe(schedule)
      } catch {
        words = ''
      }
      if (live) setText({ schedule, words })
    })
    return () => {
      live = false
    }
  }, [schedule])
  return schedule && text?.schedule === schedule && text.words ? text.words : null
}
