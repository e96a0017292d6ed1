// "Make B from A": the presets that apply to A's text (restartPolicy, parallelism, a shell
// redirect). Picking one replaces B with A plus that one change and shows B in the editor.
import { useMemo } from 'react'
import { compareActions, presetsFor } from '../../state/compare'
import { useAppStore } from '../hooks/useAppStore'

export function PresetMenu() {
  const files = useAppStore((s) => s.files)
  const presets = useMemo(() => presetsFor(files), [files])
  if (presets.length === 0) return null
  return (
    <select className="compare-presets" aria-label="Make B from A with one change" value=""
      onChange={(e) => {
        const p = presets.find((x) => x.id === e.currentTarget.value)
        if (p) void compareActions.applyPreset(p)
      }}>
      <option value="" disabled>Make B from A…</option>
      {presets.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
    </select>
  )
}
