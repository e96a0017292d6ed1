// The learner's hostPath mounts, for naming files as the containers see them. The YAML parser
// behind them is loaded after first paint (a separate chunk), so it does not delay the
// timeline; until it arrives (well before the first run's files, in practice) there are none.
import { useEffect, useMemo, useState } from 'react'

type HostMounts = (files: Record<string, string>) => [string, string][]

export function useHostMounts(files: Record<string, string>): [string, string][] {
  const [hostMounts, setHostMounts] = useState<HostMounts | null>(null)
  useEffect(() => {
    let live = true
    void import('../../state/selectors/hostMounts').then((m) => {
      if (live) setHostMounts(() => m.hostMounts)
    })
    return () => {
      live = false
    }
  }, [])
  return useMemo(() => (hostMounts ? hostMounts(files) : []), [hostMounts, files])
}
